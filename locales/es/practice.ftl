## Práctica: casos escritos a partir de la guía, con puntuación y comentarios.
## Las historias son inventadas; cada regla que enseñan es de la guía (de «¿Qué es la trata de seres humanos?»
## a «Actúa», y los indicadores).

practice-intro = 🎯 Practica con casos escritos a partir de la guía.
    En cada historia: marca los grupos de señales que veas (FINALIDAD, ACCIÓN, MEDIOS) y después elige la primera actuación. Se puntúan las dos cosas, y cada omisión y cada elección errónea se explica a partir de la guía.
    Cada ronda reparte unos cuantos casos en orden aleatorio. No se guarda nada sobre ti después de la sesión.
practice-start = Empezar ➜
practice-learn = 📖 Aprender primero
practice-again = 🔁 Otra ronda
practice-head = 📋 Caso { $n } de { $total }
practice-signals-prompt = ¿Qué grupos de señales muestra la historia? Marca cada uno (☑) y luego «Listo». ¿Ninguno? Toca «Listo» sin más.
practice-action-prompt = ¿Qué haces primero?
practice-group-button = { $ticked ->
        [yes] ☑
       *[no] ☐
    } { $text }
practice-act-unsafe = ⚠ Irse y llamar a la policía
practice-act-a = 🧒 Protección de menores, ya
practice-act-b = 🤝 Derivar a la entidad especializada
practice-act-c = 📇 Que lo reconsidere; dar contactos
practice-act-d = ℹ Entidades de apoyo, información
practice-feedback-head = 📋 Caso { $n } de { $total } · valoración
practice-signals-result = { $expected ->
        [0] { $wrong ->
            [0] ✓ Grupos de señales: ninguno marcado; correcto, la historia no muestra señales.
           *[other] Grupos de señales: la historia no muestra ninguno; { $wrong } { $wrong ->
                [one] elección errónea
               *[other] elecciones erróneas
            }.
        }
       *[other] Grupos de señales: { $found } de { $expected } encontrados, { $wrong } { $wrong ->
            [one] elección errónea
           *[other] elecciones erróneas
        }.
    }
practice-group-right = ✓ { $text }
practice-group-missed = ✗ No detectado: { $text }. Las señales de la historia:
practice-sign = { "   " }• { $text }
practice-group-also = ≈ { $text }: no puntúa. { $note }
practice-also = También es una lectura razonable de la historia.
practice-group-wrong = ✗ No está en esta historia: { $text }. { $note }
practice-groups-wrong = ✗ No están en esta historia: { $text }. En ella no aparece ninguna de las señales de la guía para estos grupos (🔎 Indicadores las enumera).
practice-action-right = ✓ Primera actuación: { $answer }.
practice-action-wrong = ✗ Primera actuación: elegiste { $chosen }. { $note }
    → La primera actuación según la guía, en este caso: { $answer }.
practice-score = Puntuación hasta ahora: grupos de señales { $found } de { $expected } ({ $wrong } erróneos) · primeras actuaciones { $right } de { $done }.
practice-next = Siguiente caso ➜
practice-finish = 🏁 Resumen
practice-summary = 🏁 Ronda de práctica terminada: { $done } { $done ->
        [one] caso
       *[other] casos
    }.
    Grupos de señales encontrados: { $found } de { $expected } · elecciones erróneas: { $wrong }
    Primera actuación correcta: { $right } de { $done }

    Vuelve a leer (📖 Aprender): { $read }
    Vuelve a consultar (🔎 Indicadores): { $groups }

## Para qué sirve cada primera actuación (secciones de la guía «¿Qué debes hacer y cómo?» y «Actúa»).
practice-when-unsafe = Eso es para una situación que no es segura: un proxeneta o un delincuente presente, que escucha, o que te amenaza a ti o a la persona.
practice-when-a = Eso es para menores (menos de 18 años), o cuando hay dudas de si la persona es menor.
practice-when-b = Eso es para una persona adulta que sospechas que puede ser víctima y que acepta la derivación.
practice-when-c = Eso es para una persona adulta que sospechas que puede ser víctima y que no acepta (aún) la derivación.
practice-when-d = Eso es para alguien que crees que no es víctima de trata, pero que necesita ayuda.

## Las señales de un grupo en la guía, para un grupo marcado que la historia no muestra.
practice-hint-purpose = Sus señales: no puede rechazar clientes (ni siquiera en caso de enfermedad o embarazo, ni relaciones sin preservativo); no puede quedarse con el dinero que gana; cuando sale, siempre va con alguien; sin pausas, días libres ni tiempo libre; traslados de un lugar a otro sin su consentimiento.
practice-hint-recruitment = Sus señales: no sabía dónde iba a trabajar; pagó una comisión excesiva por su captación; sin contrato, con condiciones mal definidas o con un contrato en un idioma que no domina.
practice-hint-transport = Sus señales: no organizó su propio viaje ni conocía la ruta; miedo a quien le acompaña; una tercera persona le devuelve el pasaporte justo antes de la frontera; las personas que viajan en grupo no parecen conocerse.
practice-hint-harbouring = Sus señales: vive y duerme en el trabajo; lugar para dormir masificado e insalubre, sin instalaciones sanitarias básicas ni intimidad; libertad de movimiento limitada donde se aloja.
practice-hint-threat = Sus señales: miedo o malestar, sobre todo ante el jefe o quienes le acompañaron; comentarios incoherentes o parecer adoctrinado/a; acompañantes que se comportan de forma agresiva con la persona.
practice-hint-violence = Sus señales: lesiones visibles; señales de miedo o malestar (sudor, temblores, evitar el contacto visual); visitas frecuentes a urgencias por lesiones, ITS o un aborto.
practice-hint-movement = Sus señales: vive y trabaja en el mismo lugar; medidas de control en el lugar de trabajo (cámaras, carteles que prohíben salir, ventanas con rejas, puertas cerradas con llave); traslados por decisión del proxeneta sin su consentimiento.
practice-hint-isolation = Sus señales: no sabe su dirección; un lugar de trabajo aislado; poco o ningún acceso a teléfono, correo o internet; el proxeneta o el empleador responde o traduce en su lugar.
practice-hint-documents = Sus señales: sin acceso a sus documentos de identidad ni a otras pertenencias importantes (billete de vuelta), ni siquiera si los pide; otras personas en la misma situación; documentos que parecen falsificados.
practice-hint-wages = Sus señales: tiene que dar al supervisor todo el dinero de los clientes; sin contrato ni justificante del salario; pagos irregulares o con retraso; no sabe cuánto gana.
practice-hint-deception = Sus señales: no sabía que acabaría en la prostitución; las condiciones difieren de lo prometido; firmó un contrato nuevo después de llegar al trabajo.
practice-hint-vulnerability = Sus señales: sin permiso de residencia ni de trabajo; pertenece a un grupo discriminado; poca formación, no sabe leer ni escribir o no habla el idioma local; depende de otras personas de varias maneras; vínculo emocional y económico con el empleador o captador; habla con miedo de sus creencias.
practice-hint-debt = Sus señales: tiene que devolver una cantidad excesiva (captación, viaje, alojamiento, comida) que se descuenta de sus ganancias; devolución de anticipos poco clara o manipulada; tiene que trabajar para devolver un préstamo o deudas; pagaron a sus padres por dejar ir a su hijo o hija.

## Notas que comparten varios casos.
practice-s-child-not-b = B y C son para personas adultas. En el caso de menores, lo primero es protección de menores, de inmediato.
practice-s-agrees-not-c = C es para una persona que no acepta (aún) la derivación; esta persona la aceptó.
practice-s-refuses-not-b = B requiere el consentimiento de la persona a la derivación, y esta persona no la acepta (aún).
practice-s-no-signs-not-bc = La derivación (B) o pedir que se reconsidere (C) son para alguien que sospechas que puede ser víctima; nada en esta historia apunta a trata.
practice-s-unsafe-not-bc = Mientras un proxeneta o un delincuente escucha o amenaza, no puedes hablar con seguridad, y mucho menos ofrecer la derivación.
practice-s-also-fear = El miedo, sobre todo a un jefe o a un acompañante, también es una señal de amenaza.
practice-s-also-debt-wages = La guía incluye la deuda que se paga con las ganancias en la servidumbre por deudas, por eso aquí cuenta en ese grupo. El anexo 1 no tiene fila para la servidumbre por deudas: en la detección, esa deuda se puntúa en la fila «{ annex-row-wages }», así que tu lectura coincide con la tabla.
practice-s-also-false-promise = Traer a alguien con una falsa promesa puede leerse como captación (una ACCIÓN), aunque la guía lo incluye en el engaño.

## A · una chica de 15 años
practice-s-girl-15 = Trabajo de calle, por la noche. Una chica te cuenta que tiene 15 años. Vive en un piso con un hombre al que conoció por internet. Al piso van hombres, y ella tiene que darle a él todo el dinero que pagan. Nunca puede salir sin él.
practice-s-girl-15-why = Tiene 15 años: es menor. En menores basta una ACCIÓN con la FINALIDAD de explotación; no hace falta demostrar ningún MEDIO, y su consentimiento nunca se considera dado libremente. Si hay motivos para sospechar que la explotan, contacta de inmediato con protección de menores y, mientras tanto, ayúdala a sentirse a salvo y presta atención a sus miedos.
practice-s-girl-15-also-recruitment = Encontrarla por internet y llevarla a vivir con él puede leerse como captación (una ACCIÓN), aunque en la historia no aparece ninguna de las señales de captación que enumera la guía.

## A · dudas sobre la edad
practice-s-age-doubt = Inspección de un salón de masajes. Una joven dice que tiene 19 años, pero parece mucho más joven y da dos años de nacimiento distintos. Además de masajes, tiene que ofrecer servicios sexuales, y debe entregar todo el dinero al encargado, que le retiene el pasaporte.
practice-s-age-doubt-why = Dudas de su edad: presume que es menor y sigue los procedimientos para menores; un organismo especializado determinará su edad más adelante. Algunas personas menores de 18 años tienen motivos para hacerse pasar por adultas. Si hay motivos para sospechar explotación, contacta de inmediato con protección de menores.
practice-s-age-doubt-not-adult = En caso de duda sobre si la persona es menor, presume que lo es. B y C son para personas adultas; D es para menores solo cuando no hay motivos para sospechar explotación, y aquí los hay.

## A · un chico de 16 años que dice que quiere
practice-s-boy-16 = En una estación de tren, un chico de 16 años te cuenta que queda con hombres para tener sexo a cambio de dinero «porque quiere». Un hombre mayor organiza los encuentros, se queda con el dinero y le da a él una pequeña parte. El chico no sabe cuánto pagan los hombres.
practice-s-boy-16-why = Tiene 16 años: es menor, y los chicos también pueden ser víctimas. El consentimiento de menores a la explotación sexual nunca se considera dado libremente, y en menores no hace falta demostrar ningún MEDIO. Si hay motivos para sospechar que lo explotan, contacta de inmediato con protección de menores.
practice-s-boy-16-not-d = «Porque quiere» no cuenta: el consentimiento de menores nunca es libre, y hay motivos para sospechar explotación.

## B · le prometieron un trabajo en una cocina
practice-s-kitchen-promise = Una mujer extranjera que trabaja en un escaparate de prostitución te cuenta que le prometieron un trabajo en la cocina de un hotel; no sabía dónde iba a trabajar en realidad. La «agencia» organizó su viaje. Al llegar, le dijeron que tenía que vender sexo. La agencia le retiene el pasaporte y se queda con todo el dinero de sus clientes. Tiembla y evita tu mirada. Cuando le ofreces la derivación a una entidad especializada, acepta.
practice-s-kitchen-promise-why = Señales de ACCIÓN (captación, transporte), MEDIOS (engaño, retención de documentos, retención del salario, miedo) y FINALIDAD (explotación sexual): puede ser víctima. Es adulta y acepta: contacta con la entidad especializada para derivarla. Su identidad solo se comunica con su consentimiento.

## B · «Lo elegí libremente»
practice-s-chose-freely = Una mujer que vende sexo en un club dice: «Elegí este trabajo libremente». Al seguir hablando, te cuenta que tiene que devolver una suma enorme por el viaje y su habitación, que se descuenta directamente de sus ganancias, y que el dueño le retiene el pasaporte «por seguridad». Acepta hablar con un o una especialista.
practice-s-chose-freely-why = «Lo elegí libremente» aquí no se tiene en cuenta: en una persona adulta, el consentimiento deja de tenerse en cuenta en cuanto se ha usado cualquier MEDIO; aquí, la servidumbre por deudas y la retención de su pasaporte. Puede ser víctima y acepta: derívala a la entidad especializada.
practice-s-chose-freely-not-d = Su libre elección no lo zanja: se usaron medios, así que su consentimiento no se tiene en cuenta, y puede ser víctima.

## B · servidumbre por deudas
practice-s-debt-bondage = Una mujer extranjera vive y duerme en el club donde tiene que vender sexo. Quienes organizaron su viaje dicen que les debe una suma enorme por el viaje, la habitación y la comida, y que tiene que trabajar hasta saldarla. No sabe cuánto ha ganado. Acepta la derivación.
practice-s-debt-bondage-why = La servidumbre por deudas es un MEDIO: una deuda excesiva por el viaje, el alojamiento y la comida que tiene que saldar trabajando. Con señales de ACCIÓN (transporte, acogida) y otros MEDIOS, puede ser víctima; acepta: derívala a la entidad especializada.

## B · una nacional del país
practice-s-national = Una mujer nacida y criada en este país ejerce la prostitución. Su «mánager» la lleva de una ciudad a otra sin preguntarle, trabaja todos los días sin un solo día libre y no sabe decirte la dirección del lugar donde duerme. Acepta hablar con un o una especialista.
practice-s-national-why = Cualquier persona puede ser víctima (nacionales y extranjeras, sea cual sea su situación legal), y la trata no tiene por qué cruzar una frontera. Señales de FINALIDAD y MEDIOS: puede ser víctima; acepta: derívala a la entidad especializada.
practice-s-national-also-transport = Llevarla de un lugar a otro puede leerse como transporte o traslado (una ACCIÓN), aunque la guía incluye esta señal en la finalidad y en la restricción de movimientos.
practice-s-national-not-d = Ser nacional no descarta la trata: cualquier persona puede ser víctima, y aquí las señales pueden indicarla.

## B · un hombre joven
practice-s-young-man = Un joven extranjero ejerce la prostitución masculina. Vino por lo que le dijeron que era un trabajo en un bar y no sabía que tendría que vender sexo. El hombre que lo emplea le retiene el documento de identidad, y no puede rechazar clientes ni exigir preservativo. Acepta la derivación.
practice-s-young-man-why = Cualquier persona puede ser víctima, hombres y mujeres. Señales de MEDIOS (engaño, retención de documentos) y FINALIDAD (no puede rechazar clientes): puede ser víctima; acepta: derívalo a la entidad especializada.

## B · un minibús en la frontera
practice-s-minibus = En un control fronterizo, el conductor de un minibús le da a una joven su pasaporte justo antes del puesto de control. Los pasajeros no parecen conocerse. Ella parece tener miedo del conductor. Cuando hablas con ella a solas, dice que va a trabajar «en un bar», pero no sabe dónde, y que le debe el viaje al jefe del conductor y tiene que pagarlo trabajando. Acepta la derivación.
practice-s-minibus-why = Señales de ACCIÓN (captación, transporte) y MEDIOS (servidumbre por deudas, miedo): puede ser víctima. Es adulta y acepta: derívala a la entidad especializada, que se encarga de la identificación formal.
practice-s-minibus-not-d = El pasaporte devuelto en la frontera, el miedo y la deuda que tiene que saldar trabajando son señales de trata, no solo de una necesidad de ayuda.

## C · en la clínica
practice-s-clinic = En una clínica, una mujer a la que has atendido varias veces por lesiones e ITS llega con nuevos moratones y quemaduras de cigarrillo. Dice que tiene que ver a clientes todos los días, incluso cuando está enferma. Cuando le ofreces la derivación, dice que no, ahora no.
practice-s-clinic-why = Puede ser víctima (MEDIOS: violencia; FINALIDAD: obligada a trabajar incluso enferma, sin días libres), pero aún no acepta la derivación. Pídele que lo reconsidere; dale una lista de contactos por si cambia de opinión, y los datos de organizaciones para necesidades concretas, como revisiones médicas o ayuda jurídica. En algunos países debes informar a las autoridades de un delito sea cual sea el consentimiento de la víctima; si es así, debes hacerlo.

## C · una amiga se ofrece a interpretar
practice-s-friend-interpreter = En un club, una mujer no habla el idioma local. Otra mujer que trabaja en el mismo club se ofrece: «Soy su amiga, yo traduzco». Ves moratones recientes en los brazos de la primera; tiembla y evita tu mirada. Esta noche no se puede localizar a ningún otro intérprete.
practice-s-friend-interpreter-why = Nunca aceptes como intérpretes a conocidos, amigos o «compañeros» de su grupo: pueden tener vínculos con el tratante. Sin un o una intérprete aceptable para ambas partes, esta noche no puede aceptar la derivación. Sospechas que puede ser víctima: dale una lista de contactos por si quiere ayuda, y los datos de organizaciones para necesidades concretas, como revisiones médicas o ayuda jurídica. Si la ley te obliga a denunciar un delito, debes hacerlo.
practice-s-friend-interpreter-not-b = B requiere su consentimiento a la derivación, y sin intérprete aceptable para ambas partes no puede darlo. Su «amiga» puede tener vínculos con el tratante.
practice-s-friend-interpreter-not-unsafe = Aquí ningún proxeneta escucha a escondidas ni te amenaza a ti o a ella. El riesgo es la «amiga» como intérprete: recházala.

## C · no quiere hablar
practice-s-refuses-talk = Durante la inspección de una casa donde se ofrecen servicios sexuales, una mujer no quiere hablar contigo. Ves cámaras en el pasillo, un cartel que dice que las mujeres no pueden salir y ventanas que no se pueden abrir. No tiene teléfono.
practice-s-refuses-talk-why = Respeta su deseo de no hablar. Las medidas de control y que no tenga teléfono son señales de MEDIOS (restricción de movimientos, aislamiento): sospechas que puede ser víctima, y no acepta la derivación. Pídele que lo reconsidere, dale una lista de contactos y los datos de organizaciones para necesidades concretas. En algunos países debes informar a las autoridades de un delito en cualquier caso.
practice-s-refuses-talk-not-d = Su silencio no significa que no haya nada: las señales pueden indicar trata. D es para alguien que crees que no es víctima.

## C · un «loverboy»
practice-s-loverboy = Una mujer de 19 años se enamoró de un hombre que le dijo que necesitaban dinero para su futuro juntos. Él le dijo que trabajaría de azafata. Ahora ve a clientes todos los días, le entrega a él todo el dinero y él le retiene el teléfono. Dice que lo hace por él y no quiere ni oír hablar de la derivación.
practice-s-loverboy-why = El «loverboy» la ata emocional y económicamente (abuso de vulnerabilidad) y la engañó sobre el trabajo: se usaron medios, así que «lo hago por él» no es un consentimiento libre. No acepta la derivación: pídele que lo reconsidere, dale contactos por si cambia de opinión, y los datos de organizaciones para necesidades concretas. En algunos países debes informar a las autoridades en cualquier caso.
practice-s-loverboy-also-recruitment = Un «loverboy» capta mediante la seducción, y la captación es una ACCIÓN, aunque en la historia no aparece ninguna de las señales de captación que enumera la guía.
practice-s-loverboy-not-d = Se usaron medios, así que su consentimiento no se tiene en cuenta y puede ser víctima. D es para alguien que crees que no es víctima.

## C · una mujer transgénero
practice-s-trans-woman = Una mujer transgénero vende sexo en el piso donde vive con otras seis personas; está masificado y no tiene un baño ni una ducha en condiciones. El «casero» se queda con todo el dinero de sus clientes, y ella no sabe cuánto ha ganado. No quiere que la deriven.
practice-s-trans-woman-why = Cualquier persona puede ser víctima, sea cual sea su género. Señales de ACCIÓN (acogida), MEDIOS (retención del salario, restricción de movimientos) y FINALIDAD: puede ser víctima. No quiere la derivación: pídele que lo reconsidere, dale contactos y los datos de organizaciones para necesidades concretas; informa a las autoridades si la ley te obliga.

## D · necesita ayuda, sin señales
practice-s-needs-help = Trabajo de calle en una zona de prostitución. Una mujer que trabaja por su cuenta te cuenta que se queda con su propio dinero y su pasaporte, elige su horario y puede dejarlo cuando quiera. Te pregunta dónde puede hacerse una revisión médica.
practice-s-needs-help-why = Nada en la historia apunta a ACCIÓN, MEDIOS o FINALIDAD, pero necesita ayuda: dale una lista de organizaciones de apoyo específicas e información sobre la trata de seres humanos.

## D · sin lugar donde dormir
practice-s-no-shelter = Una mujer que trabajaba en un club lo dejó por decisión propia hace un mes. Tiene su pasaporte, su teléfono y sus ahorros, y nadie la persigue, pero esta noche no tiene dónde dormir y te pide ayuda.
practice-s-no-shelter-why = Sin señales de ACCIÓN, MEDIOS ni FINALIDAD: crees que no es víctima, pero necesita ayuda. Dale una lista de organizaciones de apoyo específicas e información sobre la trata de seres humanos.

## D · tráfico de migrantes, no trata
practice-s-smuggled = Un joven te cuenta que él mismo buscó a un traficante de migrantes y le pagó mucho dinero para que lo pasara al otro lado de la frontera. El traficante lo dejó en una estación. Ahora vive con un primo, va a donde quiere y no trabaja para nadie. No tiene permiso de residencia y pregunta dónde puede recibir asesoramiento jurídico.
practice-s-smuggled-why = Esto es tráfico de migrantes, no trata: aceptó pagar por cruzar ilegalmente una frontera, el traficante buscaba dinero, no explotarlo, y el tráfico de migrantes es un delito contra el Estado. No tener permiso lo hace vulnerable, pero nada apunta a explotación. Necesita ayuda: dale una lista de organizaciones de apoyo e información sobre la trata. Una persona migrante objeto de tráfico puede convertirse más adelante en víctima, durante el transporte o en el destino.
practice-s-smuggled-not-transport = Él mismo organizó y pagó el cruce: eso es tráfico de migrantes. Las señales de transporte de la guía describen viajes que organizan y controlan otras personas.
practice-s-smuggled-not-recruitment = Pagar a un traficante de migrantes no es una comisión por captación: nadie lo captó para trabajar.
practice-s-smuggled-not-debt = Pagó al traficante; no le debe nada a nadie ni trabaja para saldar ninguna deuda.
practice-s-smuggled-not-bc = Nada apunta a explotación: pagar para cruzar ilegalmente una frontera es tráfico de migrantes, no trata.

## no es seguro · un proxeneta escucha
practice-s-pimp-listening = Ronda de trabajo de calle en una zona de prostitución callejera. Cuando empiezas a hablar con una mujer, un hombre se le acerca mucho, escucha cada palabra, responde a tus preguntas por ella, le ordena bruscamente que se calle y te dice que te vayas. Ella mira al suelo.
practice-s-pimp-listening-why = Hay un proxeneta o un delincuente presente, que escucha y amenaza: no es seguro ni para ella ni para ti. Vete y llama a la policía.
practice-s-pimp-listening-also-violence = Evitar el contacto visual puede ser una señal de miedo, que la guía incluye en la violencia.

## no es seguro · un «primo» que amenaza
practice-s-cousin = En un centro de salud, el «primo» de una mujer insiste en entrar en la consulta y traducirlo todo. Cuando pides verla a solas, bloquea la puerta y te amenaza.
practice-s-cousin-why = Hay alguien presente, que escucha y te amenaza: la situación no es segura. Vete y llama a la policía. Y nunca aceptes como intérprete a un acompañante del entorno de la persona.
practice-s-cousin-also-threat = Su agresividad también es una señal de amenaza, aunque la señal de la guía es la agresividad hacia la persona; aquí te amenaza a ti.
