"""The web chat: the same engine in any browser, with nothing stored anywhere (README: "Web chat")."""
