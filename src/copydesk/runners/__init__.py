"""Runners execute the steps of :mod:`copydesk.pipeline` over a corpus: locally with processes
(:mod:`copydesk.runners.local`, resumable) or as a Spark job (:mod:`copydesk.runners.spark`)."""
