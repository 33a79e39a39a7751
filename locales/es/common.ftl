## Compartido por todos los flujos y adaptadores.

common-none = ninguno
common-done = Listo ➜
common-continue = Continuar ➜

nav-back = ◀ Atrás
nav-menu = ☰ Menú
nav-exit = ✖ Salida rápida

notice-stale = Este botón ya no es válido. Estás en esta pantalla.
notice-use-buttons = Usa los botones de abajo.
notice-restarted = Esta conversación se ha reiniciado. Aquí tienes el menú.

exit-done = Hecho: la conversación se ha borrado y no se guarda nada.

checklist-item = { $ticked ->
        [yes] ☑
       *[no] ☐
    } { $n }. { $how ->
        [observe] 👁
       *[listen] 👂
    } { $text }
checklist-button = { $ticked ->
        [yes] ☑
       *[no] ☐
    } { $n } { $how ->
        [observe] 👁
       *[listen] 👂
    }

marks-line = { $n }. { $row }: { $mark ->
        [0] 0 sin señales
        [1] 1 hay señales
        [2] 2 pruebas
       *[3] 3 se necesita más información
    }
marks-button = { $current ->
        [yes] ●{ $n }: { $mark }
       *[no] { $n }: { $mark }
    }

groups-button = { $current ->
        [yes] ▸
       *[no] {""}
    }{ $n } { $group ->
        [purpose] Explotación
        [recruitment] Captación
        [transport] Transporte
        [harbouring] Acogida
        [threat] Amenaza
        [violence] Violencia
        [movement] Movimientos
        [isolation] Aislamiento
        [documents] Documentos
        [wages] Salario
        [deception] Engaño
        [vulnerability] Vulnerabilidad
       *[debt] Deudas
    }{ $count ->
        [0] {""}
       *[other] {" ☑"}{ $count }
    }

## same-as-english: groups-line
groups-line = { $n }. { $group }{ $count ->
        [0] {""}
       *[other] {" · ☑ "}{ $count }
    }

