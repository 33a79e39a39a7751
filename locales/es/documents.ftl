## Documentos: el resumen del anexo 1 en PDF y la tarjeta con contactos para entregar.
## El PDF y la tarjeta usan una fuente sin emoji: los emoji, solo en los botones.

document-pdf-button = 📄 Resumen del anexo 1 (PDF)
document-card-button = 🪪 Tarjeta para entregar
document-pdf-only-in-telegram = 📄 El resumen del anexo 1 solo se envía como PDF en Telegram.
document-card-only-in-telegram = 🪪 La tarjeta con contactos solo se envía como imagen en Telegram.

document-title = Anexo 1: resumen de una identificación en primera línea
document-subtitle = Guía práctica EuroTrafGuid: identificación en primera línea de posibles víctimas de trata de seres humanos con fines de explotación sexual.
document-date = Fecha: { $date }
document-country = País: { $country }
document-outcome = Resultado
document-table = Las 15 filas del anexo 1
document-element-act = ACCIÓN
document-element-means = MEDIOS
document-element-purpose = FINALIDAD
document-mark = { $mark ->
        [0] 0 · sin señales
        [1] 1 · hay señales
        [2] 2 · pruebas
       *[3] 3 · se necesita más información
    }
document-signals = Señales marcadas
document-signals-none = No se ha marcado ninguna señal.
document-how = { $how ->
        [observe] observada
       *[listen] escuchada
    }
document-contacts = Contactos
document-contacts-none = No hay contactos para este resultado en el país elegido. En una emergencia, llama al 112.
document-disclaimer = Las señales pueden indicar trata de seres humanos; este resumen no establece que nadie sea víctima.
document-privacy = Este resumen no contiene ningún nombre, ninguna fecha más precisa que el día ni nada de lo que alguien haya escrito.

card-title = Hay ayuda
card-intro = Estas organizaciones pueden ayudarle. En una emergencia, llame al 112.
card-scan = Escanee el código para abrir estos contactos en Telegram.

## Lo que dice el resumen de un recorrido que se saltó partes del procedimiento.
document-not-assessed = – · no evaluado
document-skipped = Pasos no realizados antes de este resultado
document-skipped-checklist = { $part ->
        [some] Observar y escuchar: no se repasaron algunos grupos de la lista de indicadores.
       *[all] Observar y escuchar: no se repasó la lista de indicadores.
    }
document-skipped-marks = La tabla del anexo 1 no se rellenó: una fila marcada «no evaluado» no se examinó y no dice nada sobre si hay señales.
document-skipped-why-child = Motivo: se presume que la persona es menor y hay motivos para sospechar explotación; la guía indica contactar de inmediato con protección de menores.
document-skipped-why-no-interpreter = Motivo: no había ningún intérprete aceptable para ambas partes, así que no hubo conversación.
document-skipped-why-refused = Motivo: la persona no quiso hablar.
document-on-row = puntuado en la fila «{ $row }»
