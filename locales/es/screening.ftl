## same-as-english: person-lang-button

## La detección: el procedimiento de la guía (de «¿Qué debes hacer y cómo?» a «Actúa»), en su orden.


screening-safety = 1 · Primero, la seguridad
    ¿Es segura la situación para la persona y para ti?

    Si no es segura (por ejemplo, hay un proxeneta o un delincuente presente, que escucha, o que te amenaza a ti o a la persona): vete y llama a la policía.
screening-safety-safe = ✅ Es segura
screening-safety-unsafe = ⚠ No es segura

screening-needs = 2 · Necesidades básicas
    Asegúrate de que la persona tiene alojamiento, comida y algo de beber, la posibilidad de descansar, y de que se cubren otras necesidades básicas cuando corresponda.

screening-child = 3 · ¿Es menor de edad (menos de 18 años)?
    Para menores hay procedimientos específicos. Algunas personas menores de 18 años tienen motivos para hacerse pasar por adultas.
screening-child-adult = Persona adulta
screening-child-yes = Menor (menos de 18)
screening-child-doubt = Hay dudas

screening-child-doubt-info = En caso de duda, presume que es menor y sigue los procedimientos para menores. Un organismo especializado determinará la edad más adelante.

screening-child-exploited = ¿Hay motivos suficientes para sospechar que el o la menor ha sufrido algún tipo de explotación?
    Si es así, contacta de inmediato con protección de menores.
screening-child-exploited-yes = Sí → protección de menores ya
screening-child-exploited-no = No / aún no está claro

screening-understand = 4 · ¿Os entendéis?
    Unos gestos o unas palabras sencillas pueden bastar para que la persona se sienta a salvo. Para ir más allá, la persona tiene que entender el idioma que hablas.
screening-understand-yes = Sí
screening-understand-no = No

screening-interpreter = Ofrece un o una intérprete cuyo nombre o perfil sea aceptable tanto para ti como para la persona.
    Nunca aceptes a conocidos, amigos o «compañeros» del grupo de la persona: pueden tener vínculos con el tratante.
screening-interpreter-present = Intérprete aceptable para ambos
screening-interpreter-companion = Un acompañante ofrece interpretar
screening-interpreter-none = Ahora no hay intérprete posible

screening-interpreter-companion-info = ⚠ No lo aceptes. Un conocido, amigo o «compañero» de la persona puede tener vínculos con el tratante. Busca otro intérprete.
screening-interpreter-back = ◀ Volver al paso del intérprete
screening-no-interpreter = Sin un intérprete aceptable para ambas partes, no mantengas ahora la conversación: puede esperar hasta que haya un intérprete así.
    Mientras tanto, anota lo que puedes observar sin hablar.

screening-trust = 5 · Genera confianza y explica quién eres
    • Di quién eres, para qué organización trabajas y cuál es el objetivo de la conversación.
    • Pide su consentimiento para conversar; puede interrumpir o hacer preguntas en cualquier momento.
    • Su identidad solo se comunica con su consentimiento, a organizaciones que la necesiten para organizar el apoyo.
    • Pide su consentimiento para tomar notas si hace falta, y explica por qué.
    • Sitúa en el centro los derechos humanos y los derechos de las víctimas.
    • Ten en cuenta la perspectiva de género, sobre todo al hablar de explotación sexual.

    ¿Acepta la persona hablar?
screening-trust-consents = Acepta hablar
screening-trust-refuses = No quiere hablar

screening-no-talk = Respétalo. Aun así, la persona se va con los contactos.
    Incluso sin conversación puedes anotar lo que observas.
screening-watch = 👁 Lo que puedes observar sin conversación
    Toca un número para marcar lo que notes, y después «Listo».
screening-no-talk-decide = Por lo que has observado, ¿sospechas que la persona puede ser víctima de trata de seres humanos?
screening-no-talk-suspect = Lo sospecho
screening-no-talk-help = No, pero necesita ayuda
screening-no-talk-later = Aplazar hasta que haya intérprete
screening-no-talk-child = Por lo que has observado, ¿hay motivos suficientes para sospechar que el o la menor ha sufrido algún tipo de explotación?
    Si es así, contacta de inmediato con protección de menores.
screening-no-talk-child-suspect = Sí → protección de menores ya
screening-no-talk-child-help = No, pero necesita ayuda

screening-observe = 6 · Observa y escucha
    ¿En cuáles de estos grupos has notado algo? Abre solo esos, marca lo que hayas notado y pasa directamente al siguiente grupo en el que hayas notado algo; salta los demás. 👁 se detecta observando a la persona · 👂 se sabe escuchando lo que cuenta. Las listas no son exhaustivas.
    Después: «Tabla ➜».

screening-ind-purpose = FINALIDAD · explotación sexual
screening-ind-recruitment = ACCIÓN · captación
screening-ind-transport = ACCIÓN · transporte, traslado
screening-ind-harbouring = ACCIÓN · acogida, recepción
screening-ind-threat = MEDIOS · amenaza
screening-ind-violence = MEDIOS · violencia
screening-ind-movement = MEDIOS · restricción de movimientos
screening-ind-isolation = MEDIOS · aislamiento
screening-ind-documents = MEDIOS · retención de documentos
screening-ind-wages = MEDIOS · retención del salario
screening-ind-deception = MEDIOS · engaño
screening-ind-vulnerability = MEDIOS · abuso de vulnerabilidad
screening-ind-debt = MEDIOS · servidumbre por deudas
    El anexo 1 no tiene fila para la servidumbre por deudas: estas señales se puntúan en la fila «{ annex-row-wages }», y el dinero pagado a los padres en «{ annex-row-payments }».

screening-safety-again = ⚠ De nuevo, la seguridad
    Esta señal puede significar que alguien que controla a la persona está presente o escuchando.
    ¿Sigue siendo segura la situación para la persona y para ti? Si no: vete y llama a la policía.
screening-safety-again-safe = ✅ Sigue segura: volver a las señales
screening-to-annex = Tabla ➜

screening-annex = 7 · Anexo 1: la tabla
    0 sin señales · 1 hay señales · 2 pruebas · 3 se necesita más información.
    Las filas con señales marcadas aparecen con 1. Cada fila tiene sus propios botones: toca el valor que le das (● indica el actual).

screening-assessment = 8 · A qué pueden apuntar las señales (no es un veredicto)
    ACCIÓN: { $act }
    MEDIOS: { $child ->
        [yes] no son necesarios en menores ({ $means })
       *[no] { $means }
    }
    FINALIDAD: { $purpose }
    Se necesita más información: { $more }

    { $elements ->
        [all] { $child ->
            [yes] ACCIÓN y FINALIDAD muestran señales: en menores, estas dos bastan. Las señales pueden indicar trata de seres humanos.
           *[no] ACCIÓN, MEDIOS y FINALIDAD muestran señales. Pueden indicar trata de seres humanos.
        }
        [situation] Estas señales, por sí solas, no indican trata: no tener permiso de residencia o no hablar el idioma hace vulnerable a una persona, pero no es un medio usado para explotarla. El tráfico de migrantes no es trata: haber pagado para cruzar una frontera no convierte a nadie en víctima de trata. Presta atención a señales de una acción y de explotación.
        [some] Algunos elementos muestran señales. Aun así, pueden indicar trata: las listas no son exhaustivas.
       *[none] Por ahora, ningún elemento muestra señales.
    }
    { $consent ->
        [child] El consentimiento de menores nunca se considera dado libremente.
        [means] Hay señales de un medio y de explotación: si se usó un medio para explotar a la persona, el consentimiento de una persona adulta no se tiene en cuenta.
       *[open] El consentimiento de una persona adulta deja de tenerse en cuenta en cuanto se usa un medio para explotarla.
    }
screening-assessment-child-next = Hay motivos → protección de menores ➜
screening-assessment-suspect = Sospecho que hay trata
screening-assessment-chose = «Dice que lo eligió»
screening-assessment-help = No, pero necesita ayuda
screening-assessment-child-help = Sin sospecha, pero necesita ayuda
screening-assessment-smuggling = ↔ El tráfico de migrantes no es trata ➜

screening-chose-means = Se han encontrado señales de un MEDIO y de explotación. Si se usó un medio para explotar a una persona adulta, su consentimiento no se tiene en cuenta: «lo elegí libremente» no descarta la trata. El consentimiento de menores nunca se considera dado libremente.
screening-chose-open = El consentimiento de una persona adulta deja de tenerse en cuenta en cuanto se usa un medio (amenaza, violencia, engaño, abuso de vulnerabilidad, deudas…) para explotarla. La tabla no muestra a la vez señales de un medio y de explotación: vuelve a escuchar y marca 3 en la tabla donde se necesite más información.
screening-back-assessment = ◀ Volver a la valoración

screening-referral = 9 · Ofrece la derivación
    Ofrece derivar a la persona a una entidad especializada para su identificación formal y para recibir apoyo y protección a corto, medio y, posiblemente, largo plazo.
    Si no puedes explicar lo que viene después, di que el personal de esa entidad le explicará todo el proceso y responderá a todas sus preguntas.

    ¿Acepta la persona la derivación?
screening-referral-yes = Acepta la derivación
screening-referral-no = No la acepta (aún)
screening-referral-explain = ¿Qué pasa tras la derivación?

screening-rights-presumed = Tras la derivación, un o una especialista entrevista a la persona. Una vez identificada como presunta víctima, la persona adulta que da su consentimiento tiene derecho a:
    • un período de restablecimiento y reflexión de al menos 30 días (3 meses en algunos países de la UE), durante el cual puede permanecer en el país aunque no tenga permiso de residencia, para recuperarse y decidir si coopera con las autoridades;
    • protección frente a los tratantes, con medidas de seguridad fijadas tras una evaluación de riesgos y en consulta con ella;
    • protección de su seguridad física y su bienestar, incluido un alojamiento seguro;
    • intérprete;
    • asistencia jurídica gratuita;
    • atención médica y farmacéutica cuando sea necesaria;
    • servicios y atención psicosociales.
screening-rights-more = Con el estatuto formal ➜
screening-back-referral = ◀ Volver a la derivación

screening-rights-status = Más adelante, este u otro organismo competente examina el caso más a fondo y puede conceder el estatuto formal de víctima. Ese estatuto da derecho a:
    • un permiso de residencia y trabajo de larga duración para víctimas de terceros países sin permiso de residencia;
    • indemnización;
    • educación y formación para las víctimas más jóvenes;
    • atención médica y farmacéutica periódica;
    • un retorno seguro y digno al país de origen (o a veces a otro país), si la víctima lo desea.

screening-child-next = En el caso de menores, lo primero es protección de menores. Trabaja con un equipo multidisciplinar (que incluye psicólogos y médicos) y averigua si el o la menor es víctima. Mientras tanto, ayúdale a sentirse a salvo y presta atención a sus miedos.
screening-child-next-outcome = Resultado y contactos ➜
screening-child-next-explain = ¿Qué pasa tras la derivación?

screening-rights-child = Si se identifica a un o una menor como presunta víctima, puede contar con medidas específicas:
    • medidas especiales para determinar su identidad y nacionalidad, y si entró en el país en compañía de alguien;
    • asistencia jurídica;
    • acceso a una indemnización;
    • todos los esfuerzos posibles para localizar a su familia;
    • acceso a la escuela u otra formación;
    • retorno voluntario, si así lo desea y protección de menores ha determinado que responde a su interés superior.

## Pantallas para la persona: en su idioma, con el de quien trabaja debajo.

screening-show-person = 🗣 Mostrar a la persona
screening-show-person-contacts = 🗣 Contactos para la persona
person-divider = ─────────
person-lang-button = { $current ->
        [yes] ● { $lang }
       *[no] { $lang }
    }
person-yes = Sí, acepto
person-no = No acepto
person-back = ◀ Atrás
person-back-worker = ◀ Volver al resultado
person-what-happens = ¿Qué pasa después?

person-consent = La persona que le muestra esto trabaja para una organización que puede ayudarle.
    A esta persona le gustaría hablar con usted para entender su situación y saber si necesita ayuda o protección.
    • Usted decide si habla o no.
    • Puede parar o hacer una pregunta en cualquier momento.
    • Su identidad solo se comunica si usted está de acuerdo, y solo a organizaciones que la necesiten para organizar el apoyo.
    • Solo se toman notas si usted está de acuerdo.

    ¿Acepta hablar?

person-referral = Hay organizaciones especializadas que pueden apoyarle y protegerle, ahora y más adelante.
    El personal de estas organizaciones se lo explicará todo y responderá a todas sus preguntas.

    ¿Acepta que le pongamos en contacto con ellas?

person-rights = Si acepta, un o una especialista hablará con usted. Si se considera que puede ser víctima de trata, tiene derecho a:
    • al menos 30 días para recuperarse y decidir, aunque no tenga permiso de residencia;
    • protección y un lugar seguro donde quedarse;
    • intérprete;
    • asistencia jurídica gratuita;
    • atención médica y psicológica.

person-contacts = Puede contactar con estas organizaciones ahora o más adelante, cuando usted quiera.
