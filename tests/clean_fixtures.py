"""A story of three paragraphs, made up for these tests, that cleaning must leave as it is."""

STORY = [
    "The harbour board agreed on Monday to dredge the inner basin before the spring tides, ending a dispute "
    "that had kept two trawlers tied up since Christmas.",
    "Board chair Elowen Example said the silt had built up faster than engineers expected after the storms "
    "of last autumn, and that the work would take about three weeks.",
    "Fishermen welcomed the decision but said the delay had already cost them most of the winter season.",
]
