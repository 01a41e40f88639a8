# Progression: reasons for dose changes and the rules shown with a program (engineer "progression").
reason-hold-pain-after = your pain after the session rose by 2 or more, and you said this exercise hurt.
