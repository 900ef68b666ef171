"""
The Spanish words that the built-in measures of check() read.

Plain constants, loaded by :func:`followup_kit.check._lexicon` for text in Spanish: the
openings of asks (for ``asks``), the words any thank-you might use (for ``generic``),
and the words and sums of money talk (for ``amounts``). The regular expressions are
compiled with ``re.IGNORECASE``. Words are listed with and without their accents,
since many notes are typed on a phone that leaves them out.
"""

from __future__ import annotations

__all__ = ["AMOUNT", "CLAUSE_ASK", "GENERIC_WORDS", "PAY_CUE", "THOUSANDS"]

_OPENING = (
    r"(?:^\s*|[,;:(\u2014\u2013]\s*|\s-\s*)"
    r"(?:(?:y|e|o|u|también|tambien|además|ademas|pero|entonces|bueno|luego|"
    r"por\s+cierto|por\s+último|por\s+ultimo|otra\s+cosa|una\s+cosa)\s*,?\s+)?"
)
_QUESTION_WORD = (
    r"(?:(?:a|de|en|con|para|por|desde|hasta|sobre|según)\s+)?"
    r"(?:qué|quién|quiénes|cuándo|cuánto|cuánta|cuántos|cuántas|dónde|adónde|cómo|"
    r"cuál|cuáles|por\s+qué)\b"
)

#: Where a clause opens a question or a request, for counting asks: an inverted
#: question mark, a question word (with its accent: without one, "que", "cuando" and
#: "como" are everyday conjunctions), "si" (whether) after a comma or "y", a wish to
#: know ("quería saber si", "me gustaría preguntarle cuándo"), or a request put first
#: ("¿podría...", "dígame", "indíqueme", "avísame").
CLAUSE_ASK = (
    _OPENING
    + r"(?:¿|"
    + _QUESTION_WORD
    + r"|[^,;:?!.¿]{0,80}?\b(?:saber|preguntar\w*|pregunto|preguntaba|consultar\w*|"
    r"aclarar\w*|confirmar\w*|averiguar|entender|conocer)\s+(?:\w+\s+){0,2}?"
    r"(?:si|qué|quién|quiénes|cuándo|cuánto|cuánta|cuántos|cuántas|dónde|cómo|cuál|"
    r"cuáles|por\s+qué)\b"
    r"|(?:me\s+|nos\s+)?(?:podría|podria|podrías|podrias|podrían|podrian|podrá|podrás|"
    r"puede|puedes|podés|pueden|sabe|sabes|sabés|saben|sería|serían|habría|habria|"
    r"hay|tienen|tenéis|tiene|tenés|dígame|digame|dime|decime|díganme|indíqueme|"
    r"indiqueme|indícame|indicame|confírmeme|confirmeme|confírmame|confirmame|avíseme|"
    r"aviseme|avísame|avisame|cuénteme|cuenteme|cuéntame|cuentame|contame|mándeme|"
    r"mándame|mandame|envíeme|envieme|envíame|enviame|le\s+importaría|te\s+importaría)\b)"
    r"|(?:[,;:(\u2014\u2013]\s*|\s-\s*)(?:(?:y|o|también|tambien|además|ademas)\s+)?si\b"
    r"|\by\s+(?:si\b|" + _QUESTION_WORD + r")"
)

#: Words any thank-you note in Spanish might use: they say nothing about one
#: conversation. The generic measure counts as a detail any word of five letters or
#: more that is not here, so inflected forms are listed one by one. Besides the words
#: of thanks, meeting, interest and fit, the list holds the words of greetings and
#: sign-offs, everyday verbs in their common forms, the titles and names that open
#: and close a note (a name is not a detail of the conversation), and the words of pay
#: and perks (a salary or a perk is not something from the conversation either).
GENERIC_WORDS = """
gracias agradezco agradecemos agradecer agradecerle agradecerte agradecerles
agradeceros agradecido agradecida agradecidos agradecidas agradecimiento
agradecimientos agradecería agradeceria agradecida agradeciendo agradecí agradeci
agradeció agradecio muchas muchísimas muchisimas muchísimo muchisimo muchísima
muchisima muchos mucho mucha bastante bastantes

entrevista entrevistas entrevistador entrevistadora entrevistadores entrevistarme
entrevistado entrevistada conversación conversacion conversaciones charla charlas
charlar charlamos charlado reunión reunion reuniones reunirse reunirnos reunimos
reunirme encuentro llamada llamadas videollamada videollamadas plática platica
platicar platicamos hablar hablamos hablado hablando hablé hable habló hablo
conversar conversamos conversado recibirme recibirnos recibido recibida conocer
conocerle conocerla conocerlo conocerte conocerles conoceros conocernos conocido
conocida conocí conoci conociendo conocimos tiempo tiempos dedicado dedicada
dedicarme dedicó dedico dedicaste dedicaron atención atencion amabilidad
cordialidad cercanía cercania trato

puesto puestos vacante vacantes plaza plazas cargo cargos trabajo trabajos
trabajar trabajaría trabajaria trabajando trabajado empleo empleos oportunidad
oportunidades posibilidad posibilidades proceso procesos selección seleccion
candidatura candidaturas candidato candidata candidatos candidatas postulación
postulacion postulaciones solicitud solicitudes empresa empresas compañía compania
compañías organización organizacion institución institucion equipo equipos
departamento departamentos oficina oficinas negocio proyecto proyectos
profesional profesionales carrera trayectoria perfil perfiles experiencia
experiencias habilidades capacidades competencias conocimientos formación
formacion aptitudes cualidades fortalezas valores cultura misión mision visión
vision ambiente entorno filosofía filosofia sector industria mercado área areas
ámbito ambito responsabilidad responsabilidades funciones tareas retos desafíos
desafios objetivos metas crecimiento desarrollo aprendizaje aprender aprendí
aprendi aprendido

interés interes interesa interesó intereso interesado interesada interesados
interesante interesantes interesantísimo interesantisimo interesantísima
entusiasmo entusiasmado entusiasmada entusiasma ilusión ilusion ilusiona
ilusionado ilusionada ilusionan motivación motivacion motivado motivada motivada
ganas deseando deseo deseos desear encanta encantó encanto encantaría encantaria
encantado encantada encantados gusta gustó gusto gustaría gustaria gustado
agrado placer alegría alegria alegra alegró alegro alegraría alegraria contento
contenta feliz felices satisfecho satisfecha orgulloso orgullosa honor honrado
honrada privilegio emoción emocion emocionado emocionada emociona

reforzado reforzó reforzo reforzar confirmado confirmó confirmo confirmar
aumentado aumentó aumento crecido creciendo convencido convencida convencidos
seguro segura seguros seguras confiado confiada confianza creo creemos pienso
considero estoy estaba estaré estare estamos estuvo estuve sigo seguimos sigue
siguen seguir siguiendo mantengo quedo quedamos quedó quedo quedaré quedare
espero esperamos esperaba esperando esperanza espera estaría estaria sería seria
serían fuera fuese podría podria podríamos podrías podrias puedo puede pueden
podemos poder pudiera pudiese tengo tiene tienen tenemos tener tenido teniendo
haber hemos había habia habría habria hacer hacerlo hecho hacemos haría haria
decir decirle decirte decirles decirlo digo dijo dicho quiero quería queria
quisiera queremos querer quería saber sabemos sepa conocerla ponerme ponernos
poner pongo volver volvemos vuelva vuelvan vuelvo

encaja encajar encajaría encajaria encajo adecuado adecuada idóneo idoneo idónea
idonea ideal ideales perfecto perfecta apropiado apropiada aportar aportaría
aportaria aporte aportación aportacion contribuir contribuiría contribuiria
contribución contribucion sumarme sumarse unirme unirse unirnos incorporarme
incorporarse incorporación incorporacion formar parte valor valioso valiosa
valiosos capaz capaces preparado preparada cualificado cualificada calificado
calificada motivado comprometido comprometida compromiso dedicación dedicacion
esfuerzo esfuerzos responsable trabajador trabajadora proactivo proactiva
dispuesto dispuesta disponible disponibilidad flexible flexibilidad
puntual serio seria honesto honesta

enriquecedora enriquecedor enriquecedoras enriquecedores agradable agradables
productiva productivo provechosa provechoso fructífera fructifera fructífero
amena ameno estupenda estupendo estupendas genial geniales magnífica magnifica
magnífico magnifico excelente excelentes fantástica fantastica fantástico
fantastico maravillosa maravilloso maravillosas increíble increible increíbles
inspiradora inspirador inspiradoras grata grato gratos gratas buena bueno buenas
buenos mejor mejores gran grande grandes enorme enormes especial especiales
especialmente sincero sincera sinceros sinceramente verdad verdadero verdadera
realmente totalmente absolutamente claramente personalmente profundamente
enormemente simplemente únicamente unicamente solamente verdaderamente
agradablemente útil util útiles utiles valiosa clara claro

hola holas buenos buenas días dias tardes noches querido querida queridos
queridas estimado estimada estimados estimadas apreciado apreciada apreciados
distinguido distinguida señor señora señores señoras señorita senor senora don
doña dona licenciado licenciada ingeniero ingeniera doctor doctora maestro
maestra profesor profesora arquitecto arquitecta director directora gerente
responsable coordinador coordinadora saludo saludos cordial cordiales cordialmente
atentamente afectuoso afectuosos afectuosamente abrazo abrazos besos beso fuerte
cariño carino cariños reciba recibe reciban recibid atento atenta atentos
quedo órdenes ordenes disposición disposicion entera enteramente pendiente
pendientes noticias noticia respuesta respuestas contacto contactar contactarme
contactarle seguimiento próximos proximos próximas proximas próximo proximo
próxima proxima pasos siguiente siguientes etapa etapas fase fases decisión
decision decisiones resultado resultados novedad novedades información
informacion informarme adjunto adjunta adjuntos currículum curriculum vitae
referencias documentación documentacion cualquier cualquiera consulta consultas
dudas pregunta preguntas comentario comentarios opinión opinion

hoy ayer mañana manana anteayer semana semanas fin finde mes meses año años ano
anos lunes martes miércoles miercoles jueves viernes sábado sabado domingo
momento momentos tarde temprano pronto ahora antes después despues luego
mientras durante desde hasta entre sobre según segun hacia contra través traves
también tambien además ademas tanto tanta tantos tantas otra otro otras otros
vez veces nuevo nueva nuevamente otra primero primera primer último ultimo última
ultima última todos todas todo toda cada algún algun alguna alguno algunos
algunas ningún ningun ninguna ninguno nada algo alguien nadie mismo misma mismos
aquí aqui allí alli ahí ahi donde cuando cuándo cuando como cómo porque aunque
sino siempre nunca jamás jamas quizás quizas quizá quiza todavía todavia
entonces luego apenas casi menos demás demas poco pocos poca pocas varios varias
ciertos ciertas cierto cierta propio propia propios propias igual iguales forma
manera modo parte partes punto puntos cosas cosa asunto tema temas idea ideas
usted ustedes vosotros vosotras nosotros nosotras ellos ellas suyo suya suyos
suyas vuestro vuestra vuestros vuestras nuestro nuestra nuestros nuestras mío
mía míos mías conmigo contigo consigo este esta estos estas ese esos esas esto
eso aquel aquella aquello cual cuales quien quienes cuyo cuya

gente personas persona compañeros compañeras compañero compañera colegas colega
jefe jefa jefes responsables dirección direccion recursos humanos reclutador
reclutadora reclutamiento personal plantilla miembros miembro familia

volver seguir contar cuenta cuento contando cuente cuenten contamos contar
espero pueda puedan pudieran tenga tengan tengo tuve tuvo tuvimos fue fui fueron
era eran sido siendo estar están estan estamos esté este estén estuvieron
hacer hice hizo hicimos hacerme haberme haberle haberla haberlo dado dada dadas
dados darle darme darte darles dando damos vamos vaya vayan vayamos venga
vengan veremos vernos verle verla verte verlo visto vista vistas mirar ver
llevar llevo llevó llevo lleva llevamos tomar tomado tomó tomo tome tomen
deseándole deseandole deseándoles deseandoles deseo deseamos deseando desearle
deseaba mandar mandarle enviar enviarle enviarte envío envio envié envie enviado
escribo escribir escribirle escribirte escribiendo escrito correo correos mensaje
mensajes email emails línea lineas líneas carta cartas nota notas recordar
recuerdo recuerda pensar pensando pensado pienso pensé pense sentir siento
sentí senti sentido sentirme sentimos quedarme quedarse llegar llegó llego
llegue llegado saber sabía sabia sabes supe conocimiento entender entiendo
entendido comprender comprendo comprendido resultó resulto resultado parecer
parece pareció parecio parecía parecia parecen

tenerme tenerlo tenerla tenerle considerar considerarme consideración
consideracion considere consideren considerado considerada cuenta tomarme
recordarme pensar pensaran pensara pensaras presente presentes valoración
valoracion valorar valoro valoré valore valorado valorada valoramos apreciar
aprecio aprecié aprecie apreciado apreciada reiterar reitero reiterarle
reiterando agradezco reitero expresar expresarle manifestar manifestarle
transmitir transmitirle comunicar comunicarle comunicado indicar indicarme
indicó indico indicaste avisar avisarme avisado avísame avisame avíseme aviseme
dígame digame díganme diganme escríbame escribame llámame llamame llámeme llameme
hablarlo hablarle charlarlo comentarlo comentar comentarle comentó comento
comentaste comentamos mencionó menciono mencionaste mencionar explicarme explicó
explico explicaste explicación explicacion contarme contó conto contaste
mostrarme mostró mostro enseñarme enseñó enseño

salario salarios salarial salariales sueldo sueldos remuneración remuneracion
retribución retribucion retributivo retributiva nómina nomina nóminas nominas
bruto brutos bruta brutas neto netos neta netas anual anuales mensual mensuales
euros pesos dólares dolares bono bonos bonus prima primas comisión comision
comisiones incentivos beneficios prestaciones vacaciones seguro médico medico
médica medica privado privada salud dental guardería guarderia ticket tickets
restaurante comida despensa vales gasolina transporte teletrabajo horario
horarios jornada turnos turno coche extra extras pagas plus dietas pensiones
pensión pension fondo ahorro aguinaldo prepaga mutua

fichaje fichajes gerente analista asistente auxiliar técnico tecnico técnica
tecnica administrativo administrativa comercial vendedor vendedora

maría maria josé jose juan antonio manuel francisco david javier daniel carlos
jesús jesus miguel alejandro rafael pedro ángel angel pablo sergio fernando jorge
alberto luis álvaro alvaro diego adrián adrian raúl raul enrique ramón ramon
vicente ignacio andrés andres joaquín joaquin santiago eduardo víctor victor
roberto mario marcos rubén ruben óscar oscar guillermo gonzalo emilio tomás tomas
martín martin lucas hugo nicolás nicolas agustín agustin facundo matías matias
sebastián sebastian gabriel rodrigo ricardo arturo alfonso felipe esteban
mauricio gustavo hernán hernan marcelo ernesto héctor hector julio césar cesar
armando alfredo leonardo emiliano santino benjamín benjamin valentín valentin
carmen josefa isabel dolores pilar teresa lucía lucia laura marta cristina
elena paula sara raquel beatriz rosa silvia patricia nuria andrea mónica monica
irene claudia julia alicia natalia sonia rocío rocio lorena esther inmaculada
susana yolanda verónica veronica gabriela valentina camila florencia agustina
daniela mariana fernanda guadalupe alejandra adriana carolina victoria jimena
ximena sofía sofia catalina martina regina paola marcela mercedes lourdes
gloria margarita eugenia graciela silvina romina vanesa vanessa yesenia brenda
karla karina leticia rebeca miriam noelia ainhoa aitana lidia olga susana
garcía garcia rodríguez rodriguez gonzález gonzalez fernández fernandez lópez
lopez martínez martinez sánchez sanchez pérez perez gómez gomez martín martin
jiménez jimenez ruiz hernández hernandez díaz diaz moreno muñoz munoz álvarez
alvarez romero alonso gutiérrez gutierrez navarro torres domínguez dominguez
vázquez vazquez ramos gil ramírez ramirez serrano blanco molina morales suárez
suarez ortega delgado castro ortiz rubio marín marin sanz núñez nunez iglesias
medina garrido cortés cortes castillo santos lozano guerrero cano prieto méndez
mendez cruz calvo gallego vidal león leon márquez marquez herrera peña pena
flores cabrera campos vega fuentes carrasco diez caballero reyes nieto aguilar
pascual santana herrero lorenzo montero hidalgo giménez gimenez ibáñez ibanez
ferrer durán duran santiago benítez benitez mora vicente vargas arias carmona
crespo román roman pastor soto sáez saez velasco moya soler parra esteban bravo
gallardo rojas pardo mendoza salazar vargas rivera gutierrez acosta rojas
contreras figueroa castañeda villanueva zamora espinoza sandoval cárdenas cardenas

buscan busca buscaba buscando buscamos mantuvimos mantuve mantenido podamos
puedan pueda podáis depende dependen favor favores necesito necesita necesitan
necesitamos llaman llame llamen llamo llamar llamaré llamare llamarle llamarte
llamarles llamado tómeme tomeme tómenme tomenme tenerme téngame tengame
significa significaría significaria significó millones millón millon romper
romperla ayuda ayudar ayudarle entra entrar entrado cerrar cerramos cerrarlo
número numero números probar probaré whatsapp wasap linkedin teams zoom skype
gmail outlook iphone android aclarar aclararme aclaración cuánto cuanto cuántos
cuantos cuánta cuanta cuántas cuantas gastos incluye incluyen incluido incluida
mayores antemano surgido surgieron surgir teletrabajar teletrabajo trabajáis
trabajais llevaría llevaria llevar llevaré ocasión ocasion brayan kevin jonathan
yesenia jessica stephanie cristian christian bryan alan omar ivan iván brenda
lupita pepe paco nacho kike toni dani álex alex sofi tomi nico pato fer
"""

#: Words in a sentence that say what a sum is: ``strong`` words about pay outweigh
#: ``work`` words (a saving, a budget, a client's costs), which outweigh ``weak`` ones
#: (a range, an offer, what the writer hopes for).
PAY_CUE = (
    r"\b(?:(?P<strong>salario|salarios|salarial|salariales|sueldo|sueldos|remuneración|"
    r"remuneracion|retribución|retribucion|retributiv[oa]s?|nómina|nomina|brut[oa]s?|"
    r"net[oa]s?|cobr(?:o|a|as|an|ar|aría|aria|arían|ando|ado)|gan(?:o|ar|aría|aria|ando)|"
    r"pag(?:an|áis|ais|aría|aria|arían|arian|ando|ado|ada|as)|bono|bonus|fijo|variable|"
    r"honorarios|tarifa|aguinaldo|anuales|mensuales|al\s+año|al\s+mes|por\s+hora|la\s+hora)"
    r"|(?P<work>presupuestos?|ahorr(?:o|os|é|e|ó|amos|ar|ando)|facturación|facturacion|"
    r"factur(?:é|amos|aba|ó)|ventas|vend(?:í|imos|ió)|costes?|costos?|gastos?|inversión|"
    r"inversion|financiación|financiacion|fondos|subvenci(?:ón|ones)|contratos|beneficios|"
    r"márgenes|margenes|margen|ingresos|clientes?|proyectos?|pedidos|precios?|préstamos?|"
    r"prestamos?|alquiler|deudas?|millones|valor|valorad[oa]|cartera|volumen|donaciones|"
    r"multas?|importe|recaudación|recaudacion|licitación|licitacion)"
    r"|(?P<weak>base|paquete|banda|rango|horquilla|oferta|ofrecen|ofrecéis|negociable|"
    r"subida|aumento|actualmente|ahora|esper(?:o|aría|aria|ando)|expectativas?|mínimo|"
    r"minimo|pretensi(?:ón|on|ones)|aspir(?:o|aciones)|compensar(?:ía|ia)?|bajar(?:ía|ia)|"
    r"pido|pediría|pediria|menos|debajo))\b"
)

_CURRENCY_AFTER = (
    r"(?:€|\$|euros?\b|eur\b|pesos\b|mxn\b|ars\b|clp\b|cop\b|usd\b|dólares\b|dolares\b|"
    r"soles\b|mil\s+(?:euros|pesos|dólares|dolares)\b)"
)
_PER = (
    r"(?:\s?(?:brut[oa]s|net[oa]s|brut[oa]|net[oa]))?"
    r"(?:\s?(?:/|al|a\s+la|la|por|el|cada)\s?(?:hora|h|año|ano|mes|día|dia|semana|"
    r"jornada|turno)\b|\s(?:anuales|mensuales|semanales)\b)?"
)
_COUNTED = (
    r"(?!\s*(?:de\s+)?(?:usuari[oa]s|seguidores|suscriptores|descargas|visitas|visitantes|"
    r"miembros|personas|empleados|trabajadores|alumnos|estudiantes|pacientes|clientes|"
    r"comentarios|registros|filas|líneas|lineas|palabras|pasos|km|kilómetros|metros|m2|"
    r"unidades|piezas|artículos|articulos|productos|pedidos|envíos|envios|paquetes|"
    r"llamadas|tickets|incidencias|casos|habitantes|vecinos|socios|correos|horas|días|"
    r"dias|kilos|kg|toneladas|litros|páginas|paginas|libros|ejemplares|camas|plazas)\b)"
)

#: A sum of money as Spanish writes one: "55.000 €", "55 000 €", "€55.000", "$85,000",
#: "85,000 pesos", "1.400 € netos", "55k", "50 mil euros", "20 € la hora", "15 euros
#: por hora"; thousands of something counted ("3.000 comentarios") are not sums.
AMOUNT = (
    r"(?:[$€£]\s?\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?(?:\s?[kK]\b)?"
    r"|[$€£]\s?\d+(?:[.,]\d+)?(?:\s?(?:[kK]|mil)\b)?"
    r"|\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d{1,2})?\s?"
    + _CURRENCY_AFTER
    + r"|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?\s?"
    + _CURRENCY_AFTER
    + r"|\d+(?:[.,]\d+)?\s?(?:[kK]\s?)?"
    + _CURRENCY_AFTER
    + r"|\d+(?:[.,]\d+)?\s?mil\b(?:\s?(?:de\s+)?"
    + _CURRENCY_AFTER
    + r")?"
    + _COUNTED
    + r"|\d{1,3}(?:[.,]\d)?\s?[kK]\b"
    + _COUNTED
    + r"|\d{1,3}(?:[.,]\d{3})+\b"
    + _COUNTED
    + r")"
    + _PER
)

#: A sum that reads as pay on its own: 55k, a currency sum in thousands ("30.000 €",
#: "50 mil euros"), or a sum per hour, month or year ("20 € la hora").
THOUSANDS = (
    r"\d\s?[kK]$|^[$€£]\s?\d{1,3}(?:[.,\s]\d{3})+"
    r"|\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:,\d{1,2})?\s?(?:€|\$|euros|pesos|dólares|dolares)"
    r"|mil\s?(?:de\s+)?(?:€|euros|pesos|dólares|dolares)"
    r"|(?:hora|h|año|ano|mes|anuales|mensuales|semanales|brut[oa]s?|net[oa]s?)$"
)
