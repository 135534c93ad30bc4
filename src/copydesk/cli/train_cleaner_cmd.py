"""``copydesk bench train-cleaner``: retrain the learned boilerplate classifier of ``clean``."""

from __future__ import annotations

from pathlib import Path

import click

from copydesk.bench.datasets import DatasetError, default_datasets, load_dataset

_SHIPPED = Path(__file__).resolve().parents[1] / "clean" / "data" / "boilerplate_model.json"


@click.command("train-cleaner")
@click.argument("datasets", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=_SHIPPED, show_default=True)
def train_cleaner(datasets: tuple[Path, ...], output: Path) -> None:
    """Train the boilerplate classifier on the development sets (a documented split: see
    copydesk.bench.train_cleaner) and write it, with its held-out figures, to OUTPUT."""
    from copydesk.bench.train_cleaner import train

    paths = list(datasets) or default_datasets()
    if not paths:
        raise click.ClickException("no dataset given and none found in ../shared/bench")
    try:
        model = train([load_dataset(path) for path in paths])
    except (DatasetError, RuntimeError) as error:  # RuntimeError: scikit-learn missing, or a failed export check
        raise click.ClickException(str(error)) from error
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(model.to_json(), encoding="utf-8")
    summary = model.training
    click.echo(
        f"trained on {summary['train_pages']} pages ({summary['train_paragraphs']} paragraphs); "
        f"held out {summary['held_out_pages']} pages: precision {summary['held_out']['precision']:.3f}, "
        f"recall {summary['held_out']['recall']:.3f} at threshold {model.threshold:.4f}; written to {output}"
    )
