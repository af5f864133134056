"""One module per topic of the screening facts; bot.nlu.extract runs them all on each answer."""
