"""The HTTP service and the web reader: ``copydesk serve`` (:func:`copydesk.web.app.create_app`)."""
