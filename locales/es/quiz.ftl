## Test: preguntas de verdadero/falso y de opción múltiple sobre las definiciones y el procedimiento de la guía.

quiz-intro = ❓ Test sobre las definiciones y el procedimiento de la guía: preguntas breves de verdadero/falso y de opción múltiple, cada respuesta explicada y puntuada. Cada test reparte unas cuantas preguntas en orden aleatorio. No se guarda nada sobre ti después de la sesión.
quiz-start = Empezar ➜
quiz-again = 🔁 Otro test
quiz-head = ❓ Pregunta { $n } de { $total }
quiz-feedback-head = ❓ Pregunta { $n } de { $total } · respuesta
quiz-right = ✓ Correcto: { $answer }.
quiz-wrong = ✗ Elegiste: { $chosen }. La respuesta correcta: { $answer }.
quiz-score = Puntuación hasta ahora: { $right } de { $done }.
quiz-next = Siguiente pregunta ➜
quiz-finish = 🏁 Resumen
quiz-summary = 🏁 Test terminado: { $right } de { $done } correctas.

    Vuelve a leer (📖 Aprender): { $read }
quiz-option = { $n } · { $text }
quiz-option-button = { $n } · { $text }
quiz-true = Verdadero
quiz-false = Falso

quiz-q-elements = La definición de trata de la UE se compone de tres elementos. ¿Cuáles?
quiz-q-elements-a = ACCIÓN, MEDIOS y FINALIDAD
quiz-q-elements-b = Frontera, pago y consentimiento
quiz-q-elements-c = Captación, transporte y prostitución
quiz-q-elements-why = Una ACCIÓN (como la captación, el transporte o la acogida) realizada mediante determinados MEDIOS (como la amenaza, el engaño o el abuso de vulnerabilidad) con la FINALIDAD de explotación.

quiz-q-child-means = Verdadero o falso: en el caso de menores (menos de 18 años), hay que demostrar que se usó uno de los MEDIOS.
quiz-q-child-means-why = Falso. En menores no hace falta comprobar los medios: basta una ACCIÓN con la FINALIDAD de explotación para presumir que hay trata.

quiz-q-means-example = ¿Cuál de estos es uno de los MEDIOS?
quiz-q-means-example-a = Engaño
quiz-q-means-example-b = Transporte
quiz-q-means-example-c = Mendicidad forzosa
quiz-q-means-example-why = El engaño es un MEDIO. El transporte es una ACCIÓN; el trabajo o los servicios forzados, incluida la mendicidad, son una FINALIDAD (una forma de explotación).

quiz-q-chose = Verdadero o falso: una mujer adulta dice que eligió libremente vender sexo, pero le retienen el pasaporte y trabaja para saldar una gran deuda. Su consentimiento lo zanja: no hay trata.
quiz-q-chose-why = Falso. El consentimiento de una persona adulta no se tiene en cuenta cuando se ha usado cualquiera de los MEDIOS, como la retención de documentos o la servidumbre por deudas.

quiz-q-child-consent = Verdadero o falso: una persona de 16 años puede consentir libremente la explotación sexual.
quiz-q-child-consent-why = Falso. El consentimiento de menores a la explotación sexual nunca se considera dado libremente.

quiz-q-victim = ¿Quién puede ser víctima de explotación sexual?
quiz-q-victim-a = Cualquier persona: hombres y mujeres, personas adultas y menores, nacionales y extranjeras
quiz-q-victim-b = Solo mujeres extranjeras sin papeles
quiz-q-victim-c = Solo personas que cruzaron una frontera
quiz-q-victim-why = Cualquier persona puede ser víctima, sea cual sea su situación legal: hombres y mujeres (incluidas las personas trans), personas adultas y menores, nacionales y extranjeras.

quiz-q-trafficker-family = Verdadero o falso: un tratante puede ser de la propia familia de la víctima.
quiz-q-trafficker-family-why = Verdadero. Los tratantes pueden ser de la familia de sus víctimas o tener su misma nacionalidad; incluso pueden trabajar o vivir con ellas.

quiz-q-trafficker-former = Verdadero o falso: una mujer que ejerció la prostitución y fue víctima de trata puede convertirse a su vez en tratante.
quiz-q-trafficker-former-why = Verdadero. La guía menciona a personas que ejercieron la prostitución, antes víctimas de trata, que se convirtieron en tratantes para ganar dinero.

quiz-q-smuggling = Alguien pagó mucho para que lo introdujeran ilegalmente en el país. ¿Es víctima de trata?
quiz-q-smuggling-a = No necesariamente: eso es tráfico de migrantes
quiz-q-smuggling-b = Sí, siempre
quiz-q-smuggling-c = No, y nunca podrá llegar a serlo
quiz-q-smuggling-why = No necesariamente: cobrar por organizar un cruce ilegal de frontera es tráfico ilícito de migrantes. Pero una persona migrante que aceptó el tráfico puede aun así convertirse en víctima de trata durante el transporte o en el destino.

quiz-q-transnational = Verdadero o falso: la trata siempre implica cruzar una frontera.
quiz-q-transnational-why = Falso. Cruzar una frontera es necesario para el tráfico de migrantes, no para la trata.

quiz-q-crime-against = El tráfico de migrantes es un delito contra…
quiz-q-crime-against-a = el Estado
quiz-q-crime-against-b = la persona migrante
quiz-q-crime-against-c = la familia de la persona migrante
quiz-q-crime-against-why = El tráfico de migrantes es un delito contra el Estado (entrada ilegal), no contra la persona migrante, que pagó por un «servicio». La trata es un delito contra la persona.

quiz-q-smuggler-aim = ¿Qué busca el traficante de migrantes?
quiz-q-smuggler-aim-a = Un beneficio financiero u otro beneficio material
quiz-q-smuggler-aim-b = Explotar a la persona migrante en el destino
quiz-q-smuggler-aim-c = Un permiso de residencia para la persona migrante
quiz-q-smuggler-aim-why = El traficante solo busca un beneficio financiero u otro beneficio material y no le importa lo que pase después de la frontera. La finalidad del tratante es la explotación.

quiz-q-detention = Sin identificación, una víctima extranjera sin documentos válidos podría…
quiz-q-detention-a = acabar en un centro de internamiento
quiz-q-detention-b = obtener automáticamente un permiso de residencia
quiz-q-detention-c = recibir una indemnización de inmediato
quiz-q-detention-why = Sin identificación, una persona extranjera sin documentos válidos podría acabar en un centro de internamiento, aunque sea víctima. Las posibles víctimas deben ser tratadas como víctimas, no como delincuentes.

quiz-q-role = ¿Cuál es tu papel como profesional de primera línea?
quiz-q-role-a = Reconocer las señales, informar a las autoridades competentes y ofrecer la derivación
quiz-q-role-b = Decidir formalmente si la persona es víctima
quiz-q-role-c = Nada, salvo que la persona pida ayuda
quiz-q-role-why = Tu papel se limita a reconocer las señales. Si alguien puede ser víctima, informa a las autoridades competentes y ofrece la derivación para su identificación formal y apoyo, de lo que se encarga una entidad especializada.

quiz-q-first-step = ¿Qué va primero en el procedimiento de la guía?
quiz-q-first-step-a = Asegurarse de que la situación es segura
quiz-q-first-step-b = Comprobar los documentos de la persona
quiz-q-first-step-c = Rellenar la tabla del anexo 1
quiz-q-first-step-why = Primero, la seguridad, para la persona y para ti; después, las necesidades básicas, si es menor, entenderse, la confianza, y solo entonces escuchar, observar y el anexo.

quiz-q-pimp = Hay un proxeneta presente que escucha. ¿Qué haces?
quiz-q-pimp-a = Irse y llamar a la policía
quiz-q-pimp-b = Seguir, hablando en voz baja
quiz-q-pimp-c = Pedirle que haga de intérprete
quiz-q-pimp-why = Cuando no es seguro, por ejemplo porque hay un proxeneta o un delincuente presente que escucha o que te amenaza a ti o a la persona, vete y llama a la policía.

quiz-q-age-doubt = Dudas de si la persona tiene menos de 18 años. ¿Qué haces?
quiz-q-age-doubt-a = Presumir que es menor y seguir los procedimientos para menores
quiz-q-age-doubt-b = Tratarla como adulta hasta que se demuestre su edad
quiz-q-age-doubt-c = Terminar la conversación hasta que enseñe un documento
quiz-q-age-doubt-why = En caso de duda, presume que es menor y sigue los procedimientos para menores. Un organismo especializado determinará la edad más adelante.

quiz-q-child-protection = Verdadero o falso: si hay motivos suficientes para sospechar que un o una menor ha sufrido explotación, contactas de inmediato con protección de menores.
quiz-q-child-protection-why = Verdadero. Protección de menores suele trabajar con un equipo multidisciplinar (que incluye psicólogos y médicos) y averigua si el o la menor es víctima.

quiz-q-interpreter = Verdadero o falso: una amiga de la persona se ofrece a interpretar. Puedes aceptar, ya que la persona confía en ella.
quiz-q-interpreter-why = Falso. Nunca aceptes a conocidos, amigos o «compañeros» del grupo de la persona: pueden tener vínculos con el tratante. Ofrece un o una intérprete cuyo nombre o perfil sea aceptable para ambas partes.

quiz-q-identity = Verdadero o falso: la identidad de la persona solo se comunica con su consentimiento.
quiz-q-identity-why = Verdadero, y solo a organizaciones que la necesiten para organizar el apoyo. Díselo a la persona cuando generes confianza.

quiz-q-observe = Verdadero o falso: algunas señales se detectan observando a la persona, y otras escuchando lo que cuenta.
quiz-q-observe-why = Verdadero. Las listas de la guía contienen ambos tipos; márcalas en el formulario del anexo 1 a medida que las reconozcas.

quiz-q-exhaustive = Verdadero o falso: las listas de señales de la guía están completas; si no hay ninguna señal de la lista, no puede ser trata.
quiz-q-exhaustive-why = Falso. Las listas no son exhaustivas: se añaden señales o cambian a medida que los tratantes cambian sus métodos.

quiz-q-mark-three = En la tabla del anexo 1, ¿qué significa el valor 3?
quiz-q-mark-three-a = Se necesita más información
quiz-q-mark-three-b = Pruebas
quiz-q-mark-three-c = Hay señales
quiz-q-mark-three-why = 0 sin señales · 1 hay señales · 2 pruebas · 3 se necesita más información.

quiz-q-explain = Verdadero o falso: si no puedes explicar qué pasa tras la derivación, puedes decir que el personal de la entidad especializada explicará todo el proceso.
quiz-q-explain-why = Verdadero. El personal de esa entidad explicará todo el proceso y responderá a todas las preguntas de la persona.

quiz-q-reflection = Una presunta víctima tiene un período de restablecimiento y reflexión de al menos…
quiz-q-reflection-a = 30 días
quiz-q-reflection-b = 7 días
quiz-q-reflection-c = un año
quiz-q-reflection-why = Al menos 30 días (3 meses en algunos países de la UE), durante los cuales una víctima sin residencia legal puede permanecer en el país para recuperarse y decidir si coopera con las autoridades.

quiz-q-presumed-rights = ¿A cuál de estos tiene derecho una presunta víctima adulta que da su consentimiento, justo después de la identificación?
quiz-q-presumed-rights-a = Asistencia jurídica gratuita
quiz-q-presumed-rights-b = Un permiso de residencia de larga duración
quiz-q-presumed-rights-c = Indemnización
quiz-q-presumed-rights-why = La asistencia jurídica gratuita llega con la condición de presunta víctima (junto con el período de reflexión, la protección, el alojamiento seguro, intérprete y la atención médica y psicosocial). El permiso de larga duración y la indemnización llegan más tarde, con el estatuto formal de víctima.

quiz-q-outcome-c = Una persona adulta que sospechas que puede ser víctima no acepta la derivación. ¿Qué haces?
quiz-q-outcome-c-a = Pedirle que lo reconsidere y darle los contactos
quiz-q-outcome-c-b = Derivarla de todos modos
quiz-q-outcome-c-c = Nada: es su decisión
quiz-q-outcome-c-why = Pídele que lo reconsidere, dale una lista de contactos por si cambia de opinión, y los datos de organizaciones que atienden necesidades concretas, como revisiones médicas o ayuda jurídica. En algunos países debes informar a las autoridades de un delito, sea cual sea el consentimiento de la víctima.

quiz-q-outcome-d = Crees que la persona no es víctima, pero necesita ayuda. ¿Qué haces?
quiz-q-outcome-d-a = Darle una lista de organizaciones de apoyo e información sobre la trata
quiz-q-outcome-d-b = Derivarla a la entidad especializada
quiz-q-outcome-d-c = Nada: no es víctima
quiz-q-outcome-d-why = Dale una lista de organizaciones de apoyo específicas y un folleto con información sobre la trata de seres humanos.
