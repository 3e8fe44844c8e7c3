"""The two paper documents laid out and painted with Qt: into a PDF, or to a printer.

The words and numbers come from `kneecoach.core.paper`; here they only find their
place on the page. The pictures are the exercise drawings painted as shapes
(QSvgRenderer into the painter), so they stay sharp at any printer's resolution.
"""
