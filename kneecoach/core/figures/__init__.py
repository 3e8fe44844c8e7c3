"""Exercise figures: one body posed per exercise and seen from the view that explains it.

`resources/figures.toml` gives, per exercise, the camera, the props, the arrows
and two poses: where the body starts and the position it holds. The same data
draws the static art (tools/make_illustrations.py writes it to SVG) and the
moving figure of the session view, so the two never disagree.

    model       the body, its poses, the skeleton solved from a pose
    geometry    vectors, turns and the two-bone reach of a limb
    projection  the camera and the fit into the picture
    scene       a figure: poses, camera, props, arrows
    drawing     a skeleton as flat shapes, back to front
    animation   the figure at an instant of a session
    svg         shapes as SVG
    parsing     figures.toml
    colours     the colours by role, both themes

Each is imported from its own module, as the other packages do: the home page's
pictures need the colours, not the pose model.
"""
