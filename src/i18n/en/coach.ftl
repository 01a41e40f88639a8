# The coach layer and its faces (engineer "coach").
key-tick = tick
plain-want-rating = '{ $answer }' is not a whole number from -5 to +5. Please type a number and press Enter.
plain-want-choices = '{ $answer }' is not a list of the choices. Type one or more numbers from 1 to { $max }, separated by spaces.
hurt-which = Which exercise or exercises hurt? Your program uses this to change only those.
hurt-which-option = { $en }
hurt-not-sure = Not sure
plain-pick-many = Type one or more numbers, separated by spaces.
