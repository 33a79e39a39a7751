## Los resultados (secciones de la guía «¿Qué debes hacer y cómo?» y «Actúa»). Ids fijos: unsafe, A, B, C, D.

outcome-unsafe = ⚠ No es seguro: vete y llama a la policía (112).
    No sigas con la conversación mientras haya un proxeneta o un delincuente presente, escuchando o amenazando.

outcome-a = Resultado A · menor de edad
    Contacta primero y de inmediato con protección de menores. Sus especialistas (entre ellos psicólogos y médicos) averiguan si el o la menor es víctima de trata y deciden si se contacta con los padres o el tutor, y cómo.
    Mientras tanto, ayuda al o a la menor a sentirse a salvo y presta atención a sus miedos.

outcome-b = Resultado B · adulto/a, posible víctima, acepta la derivación
    Contacta con la entidad especializada para derivar a la persona para su identificación formal y apoyo.
    Su identidad solo se comunica con su consentimiento.

outcome-c = Resultado C · adulto/a, posible víctima, no acepta (aún) la derivación
    • Pide a la persona que reconsidere su decisión.
    • Dale una lista de contactos, por si cambia de opinión.
    • Dale los datos de organizaciones que atienden necesidades concretas, como revisiones médicas o asistencia jurídica.
    ⚠ Si debes informar a las autoridades sea cual sea el consentimiento de la persona depende del país: consulta sus normas más abajo.

outcome-d = Resultado D · probablemente no es víctima, pero necesita ayuda
    Dale a la persona una lista de organizaciones de apoyo específicas e información sobre la trata de seres humanos.

outcome-d-child = Resultado D · menor, sin motivos suficientes por ahora para sospechar explotación, pero necesita ayuda
    Dale al o a la menor los contactos para menores que aparecen abajo.
    Si más adelante aparecen señales de explotación, contacta de inmediato con protección de menores.

outcome-later = Aplazado · hasta que haya un intérprete aceptable para ambas partes
    No has podido hablar con la persona, así que aún no se ha decidido nada. Por ahora, como en el resultado D, la persona se va con los contactos de abajo. Vuelve a hacer la detección cuando esté el intérprete.
