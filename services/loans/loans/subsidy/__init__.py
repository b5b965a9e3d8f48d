"""The interest subsidy (贴息): the pure rule, the policy in force, and the quote route."""
