# Figures: checks of figure files, the terminal and paper labels.

diag-figure-unknown-exercise = there is no exercise '{ $id }' for this figure to show
diag-figure-unknown-exercise-help = name the figure file after the exercise it shows: exercises/figures/<exercise-id>.toml
diag-figure-exercise-help = a figure's exercise is its file name; write exercise = "{ $stem }" or leave the line out
diag-figure-bad-box = a side of the box is { $value } cm, outside 20–400 cm
diag-figure-bad-box-help = box = [width, height] in centimetres; a standing adult fits in [120, 200]
diag-figure-unknown-joint = unknown joint '{ $name }'
diag-figure-unknown-joint-help = joints are head, neck, spine, and left_ or right_ shoulder, elbow, hand, hip, knee, foot
diag-figure-joints-missing = the first keyframe must place every joint; missing: { $joints }
diag-figure-joints-missing-help = add each as [x, y]; shoulder, elbow, hand, hip, knee and foot place both sides at once
diag-figure-few-keyframes = a figure needs at least two keyframes
diag-figure-few-keyframes-help = the first keyframe is named "start" and one is named "end"
diag-figure-first-not-start = the first keyframe must be named "start", not '{ $name }'
diag-figure-no-end = no keyframe is named "end"
diag-figure-duplicate-keyframe = two keyframes are named '{ $name }'
diag-figure-unknown-keyframe = there is no keyframe named '{ $name }'
diag-figure-unknown-keyframe-help = the keyframes are: { $names }
diag-figure-bone-length = the { $bone } is { $length } cm long in '{ $name }' but { $first } cm at the start ({ $percent }% different)
diag-figure-bone-length-help = a bone keeps its length (within 5%): move this joint along the bone's direction, or list the limb under out_of_plane when it turns towards you
diag-figure-joint-range = { $joint } bends { $angle }° in '{ $name }', outside { $min }° to { $max }°
diag-figure-joint-range-help = a body does not bend that way: check the joint's place, and that view (right-side or left-side) is the side you draw
diag-figure-outside-box = { $joint } in '{ $name }' is at [{ $x }, { $y }], outside the box of { $width } × { $height } cm
diag-figure-outside-box-help = move it inside, or make the box bigger (y = 0 is the floor)
diag-figure-prop-needs = a { $kind } needs '{ $key }'
diag-figure-prop-outside = { $key } = { $value } is outside the box (0–{ $limit } cm)

figure-start = Start position
figure-end = End position
figure-none = { $id } has no figure yet.
