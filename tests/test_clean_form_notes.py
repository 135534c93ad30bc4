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
        ("You must login or create an account to comment.", "navigation"),
        ("You must be logged in to leave a comment. Log in or create an account.", "navigation"),
        ("Sorry, we can’t load comments right now. Try again.", "navigation"),
        ("blog comments powered by Disqus", "navigation"),
        ("Harbour Weekly moderates comments to facilitate an informed, civil conversation.", "navigation"),
        ("Любое воспроизведение материалов сайта без разрешения редакции воспрещается.", "legal"),
        ("@2021 - Example Design. All Right Reserved.", "legal"),
        ("If you continue to use this site we will assume that you are happy with it.", "legal"),
        ("Se continui ad utilizzare questo sito noi assumiamo che tu ne sia felice.", "legal"),
        ("Wenn du diese Website weiterhin nutzt, gehen wir davon aus, dass du damit zufrieden bist.", "legal"),
        ("Like this story? Share it with a friend!", "share"),
        ("This story has been shared 19,590 times.", "share"),
        ("Support Harbour Weekly and make a difference for readers everywhere.", "appeal"),
        (
            "By joining Harbour Plus you support our work and get exclusive content. And you'll never see this "
            "message again.",
            "appeal",
        ),
        ("Get Harbour Monthly delivered through your letterbox every month. 12 issues for £11.99.", "promo"),
        ("Subscribe to HARBOUR and stay smart with more of your favourite writers.", "promo"),
        ("GET BREAKING NEWS IN YOUR BROWSER.", "promo"),
        ("If you buy something through this post, Harbour Weekly may get a share of the sale.", "promo"),
        ("Harbour Weekly is part of Example Media Group. Visit our corporate site.", "promo"),
        ("Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.", "newsletter"),
        ("Harbour Newsletters deliver the port's news with the perspective you know and trust.", "newsletter"),
        (
            "Přihlášením k newsletteru beru na vědomí, že mé osobní údaje budou zpracovány dle Zásad ochrany "
            "osobních údajů.",
            "newsletter",
        ),
        ("Harbour Board records via AP", "credit"),
        ("In this article: ferries, harbour, dredging, council", "navigation"),
        ("This Article is related to: Harbour and tagged Ferries, Dredging", "navigation"),
        ("Crafted with by ExampleTemplates | Designed by Example Media Ltd", "navigation"),
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
        "If you continue to ignore the warnings, the fine doubles, the council said.",
        "Support for the harbour plan grew after the storm, and the council voted for it.",
        "Subscribers will get 12 issues of the magazine this year, up from ten.",
        "The comments were moderated by the council's clerk before the meeting.",
        "The designs were made by local students and shown at the harbour festival.",
        "Designed by committee",
        "The records were obtained via a public records request by the paper.",
        "Readers who liked this story about the ferry wrote to the editor in their hundreds.",
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


def test_a_line_to_reach_the_reporters_is_a_bio_under_the_story() -> None:
    line = "Reach the reporters on Twitter at https://twitter.com/example and https://twitter.com/other"
    assert reason(line) == "bio"
    article = copydesk.clean("\n\n".join([*STORY, line]))
    assert line not in article.text
    assert all(paragraph in article.text for paragraph in STORY)
