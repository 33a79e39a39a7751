## Los indicadores de la guía (su sección «¿Cuáles son los indicadores de la trata con fines de explotación
## sexual?») y las filas del anexo 1 («Anexo 1»).

indicator-group-purpose = Finalidad: explotación sexual
indicator-group-recruitment = Captación
indicator-group-transport = Transporte, traslado
indicator-group-harbouring = Acogida, recepción
indicator-group-threat = Amenaza
indicator-group-violence = Violencia
indicator-group-movement = Restricción de movimientos
indicator-group-isolation = Aislamiento
indicator-group-documents = Retención de documentos
indicator-group-wages = Retención del salario
indicator-group-deception = Engaño
indicator-group-vulnerability = Abuso de vulnerabilidad
indicator-group-debt = Servidumbre por deudas

indicator-purpose-no-refusal = No puede rechazar clientes, se le obliga a prostituirse incluso en caso de enfermedad o embarazo, o a mantener relaciones sexuales sin preservativo.
indicator-purpose-hands-over-money = No puede quedarse con el dinero que gana y tiene que entregárselo a otra persona.
indicator-purpose-always-accompanied = Cuando sale, siempre va con alguien.
indicator-purpose-no-time-off = No tiene pausas, días libres ni tiempo libre, o tiene que estar disponible para trabajar en cualquier momento.
indicator-purpose-moved-around = Sufre traslados de un lugar a otro sin su consentimiento.

indicator-recruit-unknown-work = No sabía dónde iba a trabajar.
indicator-recruit-excessive-fee = Pagó una comisión excesiva por su captación.
indicator-recruit-no-contract = No tiene contrato de trabajo, las condiciones están mal definidas o el contrato está en un idioma que no domina.

indicator-transport-not-own = No organizó su propio viaje, o no conocía la ruta desde su lugar de origen hasta el destino.
indicator-transport-afraid-escort = Parece tener miedo del hombre o la mujer que le acompaña.
indicator-transport-passport-returned = Una tercera persona le devuelve el pasaporte justo antes de cruzar la frontera.
indicator-transport-strangers = Las personas que viajan en grupo no parecen conocerse.

indicator-harbour-lives-at-work = Vive y duerme en el lugar de trabajo.
indicator-harbour-overcrowded = El lugar donde duerme está masificado y es insalubre, sin instalaciones sanitarias básicas y con poca o ninguna intimidad.
indicator-harbour-limited-movement = Tiene una libertad de movimiento limitada en el lugar donde se aloja.

indicator-threat-fear = Muestra miedo o malestar, sobre todo ante el supervisor, el jefe o quienes le acompañaron en el viaje o al cruzar la frontera.
indicator-threat-indoctrinated = Hace comentarios incoherentes o parece adoctrinado/a.
indicator-threat-aggressive-escort = Los hombres o mujeres que le acompañan se comportan de forma agresiva con la persona.

indicator-violence-injuries = Tiene lesiones visibles (moratones, cicatrices, cortes, lesiones en la boca o los dientes, quemaduras de cigarrillo).
indicator-violence-fear-signs = Muestra señales de miedo o malestar (sudor, temblores, dificultad para responder directamente, evita el contacto visual sin que la cultura lo explique).
indicator-violence-emergency-visits = Acude a menudo a urgencias por lesiones, ITS o un aborto.

indicator-movement-lives-works = Vive y trabaja en el mismo lugar.
indicator-movement-controls = Medidas de control en el lugar de trabajo: cámaras, carteles que prohíben salir, ventanas que no se abren o tienen rejas, puertas cerradas con llave.
indicator-movement-moved = Sufre traslados de un lugar a otro por decisión del proxeneta (o del encargado del local), sin su consentimiento.

indicator-isolation-no-address = No sabe dónde vive ni cuál es su dirección.
indicator-isolation-remote = El lugar de trabajo está aislado y es difícil llegar en transporte público o propio.
indicator-isolation-no-communication = Tiene acceso limitado o nulo a medios de comunicación (teléfono, correo, internet).
indicator-isolation-speaks-for = El proxeneta o el empleador insiste en responder en su lugar y/o en traducirlo todo.

indicator-documents-no-access = No tiene acceso a sus documentos de identidad (pasaporte, DNI, visado, permiso de trabajo o de residencia) ni a otras pertenencias importantes (billete de vuelta), ni siquiera si los pide.
indicator-documents-others-same = Otras personas que ejercen la prostitución (u otros trabajos) están en la misma situación, sin acceso a sus documentos.
indicator-documents-forged = Los documentos de identidad parecen falsificados.

indicator-wages-hands-over-all = Tiene que dar al supervisor todo el dinero que recibe de los clientes.
indicator-wages-no-proof = El empleador no puede mostrar un contrato ni justificantes de los salarios pagados, o se han alterado los documentos de trabajo o las nóminas.
indicator-wages-irregular = Los pagos son irregulares y/o llegan a menudo con retraso.
indicator-wages-unknown-earnings = No sabe cuánto gana.

indicator-deception-not-told = No sabía que acabaría en la prostitución ni que tendría que prestar servicios sexuales.
indicator-deception-conditions-differ = Las condiciones reales de trabajo difieren de las prometidas de palabra o por escrito.
indicator-deception-new-contract = Firmó un contrato nuevo después de llegar al trabajo.

indicator-vuln-no-permits = Su situación administrativa está incompleta: no tiene permiso de residencia ni de trabajo.
indicator-vuln-discriminated = Pertenece a un grupo discriminado o sin igualdad de derechos (por género, condición de refugiado o solicitante de asilo, origen étnico, discapacidad, orfandad, minoría religiosa o cultural).
indicator-vuln-education-language = Tiene poca formación, no sabe leer ni escribir, o no habla ni entiende el idioma local.
indicator-vuln-dependent = Depende de otras personas de varias maneras (del empleador para la vivienda, la comida, trabajo para familiares u otras necesidades).
indicator-vuln-emotional-ties = Tiene un vínculo emocional y económico con el empleador o captador (una relación amorosa, lazos familiares).
indicator-vuln-fearful-beliefs = Habla con miedo o con reticencia de sus creencias religiosas o culturales.

indicator-debt-excessive-fee = Tiene que devolver una cantidad excesiva por la captación, el transporte, el alojamiento, la comida, las herramientas o el equipo de seguridad, que se descuenta directamente de sus ganancias.
indicator-debt-advances-unclear = La devolución de los anticipos sobre el salario es poco clara o está manipulada.
indicator-debt-works-off-loan = Tiene que trabajar para devolver un préstamo nuevo o deudas anteriores.
indicator-debt-parents-paid = Sus padres recibieron un pago por dejar que su hijo o hija se fuera con los tratantes.

annex-row-recruitment = Captación
annex-row-transport = Transporte/traslado
annex-row-harbouring = Acogida/recepción
annex-row-threat = Amenaza
annex-row-violence = Violencia
annex-row-movement = Restricción de movimientos
annex-row-isolation = Aislamiento
annex-row-documents = Retención de documentos
annex-row-wages = Retención del salario
annex-row-deception = Fraude/engaño
annex-row-vulnerability = Abuso de poder o de vulnerabilidad
annex-row-payments = Entrega o recepción de pagos
annex-row-labour = Explotación laboral
annex-row-sexual = Explotación sexual
annex-row-begging = Mendicidad forzosa o actividades delictivas
