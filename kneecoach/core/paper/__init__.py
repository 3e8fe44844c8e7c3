"""The two documents on paper: the programme sheet and the progress report.

What goes on each page is worked out here, without Qt, so that it can be tested
on a fake clock; `kneecoach.ui.paper` only lays it out and paints it.

    sheet    the chosen routine: pictures, dosage, steps, safety lines, tick boxes
    report   the weeks practised against the goal, exercises, pain, advice given
    reading  the person's files, read without changing anything (the command line)
    paper    A4 or Letter, by the country
"""
