"""A form's furniture around a newsletter's box and a site's footer (its promises and messages, a form's consent,
a licence or rights line, a note on links, another story of the site's), a health story's reviewer and a wire
photo's caption by its marks; and the story's sentences that share their words. All records invented."""

from __future__ import annotations

import pytest

import copydesk
from clean_fixtures import STORY
from copydesk.clean import boilerplate
from copydesk.clean.boilerplate import reason


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (
            "No spam, we promise. You can unsubscribe at any time and we'll never share your details without "
            "your permission.",
            "newsletter",
        ),
        ("Get the week's harbour news in your inbox. You can unsubscribe at any time.", "newsletter"),
        ("We'll never share your email address with third parties.", "newsletter"),
        ("Abmeldung jederzeit möglich.", "newsletter"),
        ("Kein Spam, versprochen. Sie können sich jederzeit wieder abmelden.", "newsletter"),
        ("Vous pouvez vous désinscrire à tout moment.", "newsletter"),
        ("Puedes darte de baja en cualquier momento.", "newsletter"),
        ("Puoi annullare l'iscrizione in qualsiasi momento.", "newsletter"),
        ("Você pode cancelar a inscrição a qualquer momento.", "newsletter"),
        ("Je kunt je op elk moment afmelden.", "newsletter"),
        ("Email Address Invalid email address format. Please try again!", "newsletter"),
        ("Please enter a valid email address", "newsletter"),
        ("Thanks for signing up!", "newsletter"),
        ("Thank you for subscribing to The Harbour Brief.", "newsletter"),
        ("Email me when there are new stories in the publication", "newsletter"),
        ("Want me to send you an email when I publish something new?", "newsletter"),
        (
            "By submitting this form you agree to Harbour Weekly using your data for the purposes of publishing "
            "your comment.",
            "newsletter",
        ),
        ("No reproduction or republication without written permission.", "legal"),
        ("This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License", "legal"),
        ("Content of this site is licensed under a Creative Commons License", "legal"),
        (
            "Except as otherwise noted, the code samples are licensed under a BSD-style license. Other content on "
            "this page is licensed under the Creative Commons Attribution 4.0 License.",
            "legal",
        ),
        ("These are external links and will open in a new window", "navigation"),
        ("Want to stay updated? Read our blog or follow us by email, Facebook, or RSS.", "promo"),
        ("Also on harbourpost.example Ferry fares to rise in May as fuel costs bite", "promo"),
        ("Medically reviewed by Jane Example, PhD, RN", "byline"),
        ("Fact checked by Jon Example", "byline"),
        (
            "FILE PHOTO: Dockers unload a ship at the harbour in Exampleton, Britain, November 18, 2019. "
            "REUTERS/Jane Example",
            "credit",
        ),
        ("A ferry leaves the harbour at dawn. REUTERS/Jane Example/File Photo", "credit"),
        ("Dockers wait for the ferry at the pier. AFP/Jon Example", "credit"),
        ("2of5A shopper looks at extension cords at a hardware store on the harbour front.", "credit"),
    ],
)
def test_a_forms_or_a_footers_line_is_boilerplate(line: str, why: str) -> None:
    assert reason(line) == why
    article = copydesk.clean("\n\n".join([STORY[0], line, *STORY[1:]]))
    assert line not in article.text
    assert all(paragraph in article.text for paragraph in STORY)


@pytest.mark.parametrize(
    "line",
    [
        # reported speech and the story's own sentences with the same words
        "We will never share your data with advertisers, the company said in a statement.",
        "Users can unsubscribe at any time, according to the company.",
        "Thanks for signing up, the mayor joked to the crowd of volunteers at the pier.",
        "Also on the agenda: a vote on the school budget and the harbour's dredging contract.",
        "The photograph was licensed to the museum for ten years, a spokeswoman said.",
        "The Reuters/Ipsos poll found that 40% of voters back the harbour plan.",
        "Critics say the new rules let the company reproduce the images without permission.",
        "The inspectors reviewed by hand every permit the harbour board issued last year.",
        "2 of 5 shoppers said they had bought extension cords before the storm.",
        "“No spam,” she said, “is the first rule of our newsletter.”",
    ],
)
def test_a_storys_sentence_with_a_forms_words_stays(line: str) -> None:
    article = copydesk.clean("\n\n".join([STORY[0], line, *STORY[1:]]))
    assert line in article.text
    assert reason(line) is None


def test_a_file_photos_label_takes_its_caption_not_the_story_glued_after_it() -> None:
    caption = "FILE PHOTO: Dockers unload a ship at the harbour."
    story = (
        "Stocks fell on Monday as investors fretted about the port strike. The index lost 2%. Analysts said the "
        "slide may continue. Oil prices also fell."
    )
    assert not boilerplate.wire_caption(f"{caption} {story}")
    article = copydesk.clean("\n\n".join([STORY[0], f"{caption} {story}", *STORY[1:]]))
    assert story in article.text
    assert caption not in article.text


def test_a_counter_past_its_gallerys_end_is_no_caption() -> None:
    assert not boilerplate.wire_caption("7of5A shopper looks at extension cords.")
    assert boilerplate.wire_caption("5of5A shopper looks at extension cords.")


def test_every_extra_rule_belongs_to_a_reason_the_rules_run() -> None:
    # (a rule of another name is never run: it was once left so, unnoticed)
    names = {name for name, _, _ in boilerplate._EXTRA_RULES}
    assert names <= set(boilerplate._RULE_WORDS)
