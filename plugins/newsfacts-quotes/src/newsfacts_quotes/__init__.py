"""newsfacts-quotes: a built-in newsfacts plugin."""
