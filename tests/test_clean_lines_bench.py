"""``copydesk bench lines``: records written line by line, scored against their lines."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clean_fixtures import STORY
from copydesk.bench.clean_lines import LinesError, load_records, score
from copydesk.cli.main import main


def _record(record_id: str, lines: list[tuple[str, bool, str]], **header: object) -> dict[str, object]:
    return {
        "id": record_id,
        "lang": "en",
        "lines": [{"text": text, "boilerplate": flag, "kind": kind} for text, flag, kind in lines],
        **header,
    }


def _write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "records.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_boilerplate_removed_and_story_kept_score_as_such(tmp_path: Path) -> None:
    headline = "Harbour board agrees to dredge the inner basin before the spring tides"
    lines = [
        (headline, True, "headline"),
        ("By Jane Example", True, "byline"),
        *[(line, False, "story") for line in STORY],
        ("Sign up for our newsletter to get the latest harbour news.", True, "newsletter"),
        ("Share this article", True, "share"),
    ]
    path = _write(tmp_path, [_record("a", lines, title=headline, authors=["Jane Example"], published=None)])
    result = score(load_records(path))
    assert result.records == 1 and not result.lost
    assert result.counts.precision == 1.0 and result.counts.recall == 1.0
    assert (result.title.same, result.title.given) == (1, 1)
    assert (result.authors.same, result.authors.given) == (1, 1)


def test_story_text_removed_is_listed_and_costs_precision(tmp_path: Path) -> None:
    # the story's own line reads as a newsletter prompt: what the cleaner removes of it is listed as lost
    prompt = "Sign up for our newsletter to get the latest harbour news."
    lines = [*[(line, False, "story") for line in STORY], (prompt, False, "story")]
    result = score(load_records(_write(tmp_path, [_record("b", lines)])))
    assert [lost.line for lost in result.lost] == [prompt] and result.lost[0].reason == "newsletter"
    assert result.counts.precision == 0.0 and result.counts.recall is None


def test_the_command_reports_each_file_and_a_bad_file_is_named(tmp_path: Path) -> None:
    good = _write(tmp_path, [_record("c", [(line, False, "story") for line in STORY])])
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    try:
        load_records(bad)
    except LinesError as error:
        assert "bad.json" in str(error)
    else:
        raise AssertionError("a broken file must raise LinesError")
    out = tmp_path / "figures.json"
    args = ["bench", "lines", str(good), str(bad), "--json", str(out), "--lost"]
    run = CliRunner().invoke(main, args, env={"COLUMNS": "160"})  # (a narrow terminal's table cuts file names)
    assert run.exit_code == 0, run.output
    assert "records.json" in run.output and "skipped" in run.output and "bad.json" in run.output
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["records.json"]["default"]["records"] == 1


def test_the_command_scores_the_classifier_it_is_given(tmp_path: Path) -> None:
    """``--model FILE`` cleans with that classifier: one sure that every line is furniture takes the short
    line under the story, one sure of the opposite leaves it; a file that is no model is named."""
    from copydesk.clean.features import FEATURE_NAMES
    from copydesk.clean.model import BoilerplateModel, Tree

    lines = [*[(line, False, "story") for line in STORY], ("Quayside Lanterns", True, "promo")]
    path = _write(tmp_path, [_record("a", lines)])
    figures = {}
    for name, leaf in (("everything", 30.0), ("nothing", -30.0)):
        stump = Tree((0, -1, -1), (-1e9, 0.0, 0.0), (1, -1, -1), (2, -1, -1), (0.0, leaf, leaf))
        model = tmp_path / f"{name}.json"
        model.write_text(BoilerplateModel(FEATURE_NAMES, (stump,), -0.5, 0.5, {}, 0.4).to_json(), encoding="utf-8")
        out = tmp_path / f"{name}-figures.json"
        run = CliRunner().invoke(main, ["bench", "lines", str(path), "--json", str(out), "--model", str(model)])
        assert run.exit_code == 0, run.output
        assert f"classifier{model}" in "".join(run.output.split())
        figures[name] = json.loads(out.read_text(encoding="utf-8"))["records.json"]["default"]["boilerplate"]
    assert figures["nothing"]["recall"] == 0.0 and figures["everything"]["recall"] == 1.0
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    run = CliRunner().invoke(main, ["bench", "lines", str(path), "--model", str(bad)])
    assert run.exit_code == 1 and "bad.json" in run.output
