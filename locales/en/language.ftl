## The language's own name, written in the language itself: the language buttons show it
## in every interface language.
language-name = English
