## El chat web: lo que solo muestra el navegador.
## same-as-english: web-title

web-title = Firstline
web-exit-hint = La salida rápida (el botón de arriba, o pulsar Mayús tres veces) te saca de esta página al instante. No borra el historial de navegación.
web-expired-title = Esta página ha caducado
web-expired = Esta página ha caducado: hay que volver a empezar. No se ha guardado nada de ella.
web-start-again = Volver a empezar
web-busy-title = Demasiadas solicitudes
web-busy = Acaban de llegar demasiadas solicitudes desde esta conexión. Dentro de un minuto se podrá volver a empezar.
web-missing-title = Página no encontrada
web-missing = Esta página no existe.
web-error-title = Algo ha fallado
web-error = Algo ha fallado por nuestra parte. Lo sentimos: hay que volver a empezar.
web-download-warning = El archivo se guardará en este dispositivo y permanecerá en él hasta que lo borres. Descárgalo solo si es seguro hacerlo.
web-download-annex-pdf = ⬇ Descargar el PDF
web-download-handover-card = ⬇ Descargar la tarjeta
card-scan-web = Escanee el código para abrir estos contactos en un navegador.

# The heading of a screen, by the flow it belongs to (the page's title stays neutral).
web-heading-setup = Idioma y país
web-heading-menu = Menú
web-heading-screening = Detección
web-heading-learn = Aprender
web-heading-indicators = Indicadores
web-heading-practice = Casos prácticos
web-heading-quiz = Test
web-heading-contacts = Contactos
