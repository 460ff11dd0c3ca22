"""newsfacts-dates: a built-in newsfacts plugin."""
