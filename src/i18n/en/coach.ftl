# The coach layer and its faces (engineer "coach").
key-tick = tick
plain-want-rating = '{ $answer }' is not a whole number from -5 to +5. Please type a number and press Enter.
plain-want-choices = '{ $answer }' is not a list of the choices. Type one or more numbers from 1 to { $max }, separated by spaces.
