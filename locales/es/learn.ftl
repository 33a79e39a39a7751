## Aprender: la primera mitad de la guía en fichas breves (de «¿Qué es la trata de seres humanos?» a «¿Qué debes
## hacer y cómo?», y «Los pasos del proceso de identificación»), y la consulta de indicadores («¿Cuáles son los
## indicadores de la trata con fines de explotación sexual?»).

learn-home = 📖 Aprender: las definiciones de la guía, cada una en una ficha breve. Elige una ficha.
learn-btn-definition = Definición: ACCIÓN·MEDIOS·FINALIDAD
learn-btn-act = ACCIÓN
learn-btn-means = MEDIOS
learn-btn-purpose = FINALIDAD
learn-btn-child = 🧒 La regla de menores
learn-btn-sexual = Explotación sexual
learn-btn-chose = «Dice que lo eligió libremente»
learn-btn-victim = ¿Quién puede ser víctima?
learn-btn-trafficker = ¿Quién puede ser tratante?
learn-btn-smuggling = ↔ ¿Trata o tráfico de migrantes?
learn-btn-differences = ↔ Las cuatro diferencias
learn-btn-why = Por qué importa la identificación
learn-btn-role = Tu papel
learn-btn-rights = Derechos tras la derivación
learn-btn-status = Derechos con estatuto formal ➜
learn-btn-rights-child = Medidas para menores ➜
learn-btn-indicators = 🔎 Indicadores
learn-btn-screening = 🧭 Detección, paso a paso
learn-next = Siguiente ficha ➜
learn-all = ◀ Todas las fichas
learn-contacts = ☎ Contactos

learn-definition = ¿Qué es la trata de seres humanos?
    La Directiva europea 2011/36/UE la define a partir de tres elementos:
    una ACCIÓN, realizada mediante determinados MEDIOS, con la FINALIDAD de explotación.

    Así, si reconoces señales de que se ha realizado sobre una persona una de las acciones, mediante uno de los medios, para una de las formas de explotación, puede que estés ante una víctima de trata.

    En el caso de menores, no hace falta comprobar los MEDIOS (ver la regla de menores).
learn-act = ACCIÓN: lo que se hace a la persona:
    • captación
    • transporte
    • traslado
    • acogida
    • recepción de personas
    • intercambio o transferencia de control sobre esas personas
learn-means = MEDIOS: cómo se hace:
    • amenaza
    • uso de la fuerza (violencia)
    • otras formas de coacción
    • rapto
    • fraude
    • engaño
    • abuso de poder o de una situación de vulnerabilidad
    • entrega o recepción de pagos o beneficios para obtener el consentimiento de una persona que tiene control sobre otra
learn-purpose = FINALIDAD: la explotación, que incluye como mínimo:
    • la explotación de la prostitución ajena u otras formas de explotación sexual
    • el trabajo o los servicios forzados, incluida la mendicidad
    • la esclavitud o las prácticas similares a la esclavitud
    • la servidumbre
    • la explotación para realizar actividades delictivas
    • la extracción de órganos
learn-child = 🧒 La regla de menores (menos de 18 años)
    • En el caso de menores no hace falta comprobar si se ha usado algún MEDIO: basta una ACCIÓN realizada con la FINALIDAD de explotación para presumir que hay trata.
    • El consentimiento de menores a la explotación sexual nunca se considera dado libremente.
    • Algunas personas menores de 18 años tienen motivos para hacerse pasar por adultas. Si dudas de si la persona es menor, presume que lo es y sigue los procedimientos para menores; un organismo especializado determinará la edad más adelante.
    • Si hay motivos suficientes para sospechar que el o la menor ha sufrido algún tipo de explotación, contacta de inmediato con protección de menores. Mientras tanto, ayúdale a sentirse a salvo y presta atención a sus miedos.
learn-sexual = Explotación sexual
    Que se obligue a alguien a realizar actos sexuales con un tercero o para un tercero, a cambio de un pago.
    Puede darse en todo tipo de lugares, por ejemplo servicios sexuales forzados en hoteles y salones de masaje.
learn-chose = «Ella (o él) dice que eligió libremente vender sexo o prestar servicios sexuales.»
    Eso no se tiene en cuenta.
    • Menores (menos de 18 años): no hace falta demostrar que se usó algún medio para engañar u obligar. El consentimiento de menores a la explotación sexual nunca se considera dado libremente.
    • Personas adultas: el consentimiento tampoco se tiene en cuenta cuando se ha usado cualquiera de los MEDIOS para explotarlas sexualmente de algún modo.
learn-victim = ¿Quién puede ser víctima de explotación sexual?
    Cualquier persona: hombres y mujeres (incluidas las personas trans), personas adultas y menores, nacionales y extranjeras, sea cual sea su situación legal.
    Todas las personas que trabajan en la prostitución o en el sector del sexo corren riesgo, en particular:
    • mujeres y hombres migrantes que ejercen la prostitución;
    • personas que desconocen sus derechos porque no saben leer ni escribir o tienen una discapacidad intelectual;
    • personas llevadas a lugares apartados y ocultos para ejercer la prostitución, que viven en el mismo lugar donde trabajan;
    • personas de determinadas comunidades o minorías;
    • niños y niñas de la calle, menores sin padres ni tutor, menores desatendidos;
    • jóvenes que necesitan dinero, y menores y jóvenes activos en redes de internet.
learn-trafficker = ¿Quién puede ser tratante?
    Cualquier persona: hombres y mujeres, nacionales y migrantes laborales.
    • Los tratantes pueden ser de la familia de sus víctimas o tener su misma nacionalidad; incluso pueden trabajar o vivir con ellas.
    • Pueden ser personas que ejercieron la prostitución, antes víctimas de trata, que se convirtieron en tratantes para ganar dinero.
    • Unos organizan la captación; otros, el transporte y el traslado de las víctimas; otros solo acogen o reciben a las víctimas, para llevarlas a una situación en la que puedan ser explotadas.
learn-smuggling = ↔ Alguien pagó mucho para entrar ilegalmente en el país. ¿Es víctima de trata?
    No necesariamente. Cobrar por organizar un cruce ilegal de frontera no es trata: es tráfico ilícito de migrantes.
    Tráfico ilícito de migrantes: la facilitación de la entrada ilegal de una persona en un Estado del que no es nacional ni residente permanente, con el fin de obtener, directa o indirectamente, un beneficio financiero u otro beneficio de orden material (Protocolo de la ONU contra el tráfico ilícito de migrantes, art. 3, letra a).
    • La persona migrante acepta pagar al traficante para que organice o facilite la entrada ilegal.
    • Al traficante no le importa lo que les ocurra a las personas migrantes después de la frontera: busca un beneficio económico, no la explotación.
    • El tráfico ilícito de migrantes es un delito contra el Estado (entrada ilegal), no contra la persona migrante, que pagó por un «servicio».
learn-differences = ↔ Trata y tráfico de migrantes: las cuatro diferencias
    • Finalidad. Trata: explotación · tráfico: beneficio financiero u otro beneficio material
    • Consentimiento. Trata: no se tiene en cuenta · tráfico: sí, la persona es un «cliente» que paga por el «servicio»
    • Carácter transnacional. Trata: no es necesario · tráfico: es necesario
    • Delito. Trata: contra la persona · tráfico: contra el Estado

    Aun así, pueden estar relacionados y ser difíciles de distinguir: personas objeto de tráfico y víctimas de trata pueden cruzar una frontera en el mismo grupo, porque las redes delictivas están conectadas. Y una persona migrante que aceptó el tráfico puede aun así convertirse en víctima de trata durante el transporte o en el destino.
learn-why = Por qué importa la identificación
    La identificación en primera línea es solo el primer paso de un largo proceso de protección de las víctimas. Muchas personas no quieren que se las llame víctimas, pero es muy probable que las posibles víctimas estén en peligro, y protegerlas es tarea de profesionales como tú. Los seis motivos:
    1. Hay que proteger a la persona de quienes la explotan, le hacen daño o la amenazan.
    2. Sin identificación, una persona extranjera sin documentos válidos podría acabar en un centro de internamiento aunque sea víctima. Las posibles víctimas deben ser tratadas como víctimas, no como delincuentes.
    3. Una vez identificada, la persona es derivada al organismo competente, que puede protegerla y cubrir sus necesidades inmediatas y a corto plazo.
    4. Puede ayudar a liberar a otros hombres, mujeres, niños y niñas explotados de la misma forma o de forma similar: los tratantes suelen tener más víctimas.
    5. Puede ayudar a reunir pruebas y llevar a la detención y el enjuiciamiento de quienes abusaron de la víctima.
    6. Con el tiempo, puede llevar a una indemnización y a una reparación jurídica para la víctima.
learn-role = Tu papel
    Tu papel se limita a reconocer las señales de que alguien puede ser víctima de trata. Si es así, informa a las autoridades competentes y ofrece a la persona la derivación para su identificación formal y apoyo.
    Los pasos, en el orden de la guía:
    1. Primero, la seguridad: si no es seguro → vete y llama a la policía.
    2. Necesidades básicas: alojamiento, comida, bebida, descanso.
    3. ¿Es menor? En caso de duda, presume que es menor.
    4. Entenderse: intérprete aceptable para ambas partes, nunca un conocido, amigo o «compañero» de la persona.
    5. Generar confianza: quién eres, consentimiento para hablar y para tomar notas; la identidad solo se comunica con consentimiento.
    6. Escuchar, observar, preguntar: marca las señales en el anexo 1.
    7. Ofrecer la derivación a una entidad especializada.
    8. Actuar: A menor · B derivar · C aún no · D otra ayuda.
learn-rights = Tras la derivación: derechos de una presunta víctima
    Un o una especialista entrevista a la persona. Una vez identificada como presunta víctima, la persona adulta que ha dado su consentimiento tiene derecho a:
    • un período de restablecimiento y reflexión de al menos 30 días (3 meses en algunos países de la UE), durante el cual puede permanecer en el país aunque no tenga residencia legal, para recuperarse y decidir si coopera con las autoridades;
    • protección frente a quienes la explotaban, con medidas de seguridad fijadas tras una evaluación de riesgos y en consulta con ella;
    • protección de su seguridad física y su bienestar, incluido un alojamiento seguro;
    • intérprete;
    • asistencia jurídica gratuita;
    • atención médica y farmacéutica cuando sea necesaria;
    • servicios y atención psicosociales.
    Si no puedes explicarlo tú, di que el personal de la entidad especializada le explicará todo el proceso y responderá a todas sus preguntas.
learn-status = Más adelante: el estatuto formal de víctima
    Este u otro organismo competente examina el caso más a fondo y puede conceder el estatuto formal de víctima. Ese estatuto da derecho a:
    • un permiso de residencia y trabajo de larga duración para víctimas de terceros países sin permiso de residencia;
    • indemnización;
    • oportunidades de educación y formación para las víctimas más jóvenes;
    • atención médica y farmacéutica periódica;
    • un retorno seguro y digno al país de origen (a veces a otro país), si la víctima lo desea.
learn-rights-child = Si se identifica a un o una menor como presunta víctima, puede contar con medidas específicas:
    • medidas especiales para determinar su identidad y nacionalidad, y si entró en el país en compañía de alguien;
    • asistencia jurídica;
    • acceso a una indemnización;
    • todos los esfuerzos posibles para localizar a su familia;
    • acceso a la escuela u otra formación;
    • retorno voluntario, si así lo desea y protección de menores ha determinado que responde a su interés superior.

## La consulta de indicadores.

learn-indicators-home = 🔎 Las señales de trata con fines de explotación sexual según la guía, grupo por grupo.
    👁 se detecta observando a la persona · 👂 se sabe escuchando lo que cuenta.
    Las listas no son exhaustivas: se añaden señales o cambian a medida que los tratantes cambian sus métodos.
learn-group-purpose = FINALIDAD · explotación sexual
learn-group-recruitment = ACCIÓN · captación
learn-group-transport = ACCIÓN · transporte/traslado
learn-group-harbouring = ACCIÓN · acogida/recepción
learn-group-threat = MEDIOS · amenaza
learn-group-violence = MEDIOS · violencia
learn-group-movement = MEDIOS · restricción de movimientos
learn-group-isolation = MEDIOS · aislamiento
learn-group-documents = MEDIOS · retención de documentos
learn-group-wages = MEDIOS · retención del salario
learn-group-deception = MEDIOS · engaño
learn-group-vulnerability = MEDIOS · abuso de vulnerabilidad
learn-group-debt = MEDIOS · servidumbre por deudas
learn-indicators-next = Siguiente grupo ➜
learn-indicators-all = ◀ Todos los grupos
learn-indicators-purpose = 🔎 FINALIDAD: ¿has notado señales de que la persona es víctima de explotación sexual?
learn-indicators-act = 🔎 ACCIÓN: ¿has notado alguna de estas señales?
learn-indicators-means = 🔎 MEDIOS: ¿has notado alguna de estas señales?
learn-indicator-group = { $text }:
learn-indicator-line = { $how ->
        [observe] 👁
       *[listen] 👂
    } { $text }

learn-btn-rules = ⚖ Normas de tu país
learn-btn-directive = 🆕 Novedades desde la guía (2024)
learn-rules = Las normas donde trabajas
    Quién identifica formalmente a una víctima, cuánto dura el período de reflexión, si debes denunciar y la asistencia jurídica, según las fuentes encontradas. Donde no se encontró fuente, se indica y se dice a quién preguntar.
learn-directive = Novedades desde la guía: Directiva (UE) 2024/1712
    Modifica la Directiva 2011/36/UE, en la que se basa la guía (2013). Entró en vigor el 14 de julio de 2024; los Estados miembros debían transponerla a más tardar el 15 de julio de 2026.
    • Nuevas formas de explotación: explotación de la gestación subrogada, del matrimonio forzado y de la adopción ilegal.
    • Quien utilice a sabiendas servicios prestados por una víctima debe enfrentarse a sanciones (un delito, según los comunicados de la Comisión).†
    • La asistencia y el apoyo deben ser especializados, empezar en cuanto haya indicios razonables para suponer que alguien es víctima y no depender de su colaboración en la investigación.
    • La trata con fines de explotación sexual cometida mediante tecnologías de la información y la comunicación pasa a ser circunstancia agravante.†
    • Mecanismos nacionales de derivación formales, y coordinadores y planes de acción nacionales contra la trata.†
    † Solo consta en fuentes secundarias (noticias sobre el acuerdo y sobre el texto adoptado), no en el texto de la Directiva: comprueba la legislación de tu país.
