"""
The German words that the built-in check measures read (see ``check._lexicon``).

Plain constants only: regular expression sources, compiled case-insensitively by the
checker, and one string of words. Forms typed without umlauts or without ß (``ue``,
``ss``, as on a phone or in Switzerland) are written out beside the usual spelling.
"""

from __future__ import annotations

__all__ = ["AMOUNT", "CLAUSE_ASK", "GENERIC_WORDS", "PAY_CUE", "THOUSANDS"]

# Verbs of asking, saying and knowing that introduce an indirect question after a
# comma ("Könnten Sie mir sagen, wann ...", "Ich wollte fragen, ob ..."): the whole
# frame is one ask, not two.
_REPORTING = (
    r"(?:sagen|sag|fragen|frage|nachfragen|erfragen|wissen|wüsste|wuesste|weißt|weisst|"
    r"erfahren|mitteilen|verraten|erkundigen|informieren|bescheid|erklären|erklaeren|"
    r"klären|klaeren|einschätzen|einschaetzen|abschätzen|abschaetzen|interessieren|"
    r"interessiert|neugierig|gespannt|vorstellung|ahnung|idee|info|infos|auskunft|"
    # the separable "teilen Sie mir ... mit, wie ..."
    r"teil(?:en|t|e)?\b[^,;:?!.]{0,40}?\bmit)"
)
# Question words, and "ob" (whether).
_WH = (
    r"(?:wer|wen|wem|wessen|was|wann|wo|wohin|woher|warum|weshalb|weswegen|wieso|wie|"
    r"welche[rnsm]?|womit|wofür|wofuer|worauf|worüber|worueber|wozu|woran|wovon|"
    r"inwiefern|inwieweit|ob)\b"
    # "wie besprochen", "wie vereinbart": a comparison, not a question
    r"(?!\s+(?:besprochen|vereinbart|gesagt|erwähnt|erwaehnt|versprochen|angekündigt|"
    r"angekuendigt|gewünscht|gewuenscht|gewohnt|immer|gesagt|gewünscht|erbeten))"
)
# Finite verbs that open a yes/no question when they come first ("Ist die Stelle ...?",
# "Gibt es ...?", "Könnten Sie ...?").
_VERB_FIRST = (
    r"(?:ist|sind|war|waren|wäre|waere|wären|waeren|gibt|gibt's|gibts|gäbe|gaebe|hat|"
    r"haben|hast|habt|hatte|hatten|hätte|haette|hätten|haetten|kann|kannst|können|"
    r"koennen|könnte|koennte|könnten|koennten|könntest|koenntest|darf|dürfte|duerfte|"
    r"dürfen|duerfen|soll|sollte|sollen|sollten|muss|muß|müsste|muesste|müssen|muessen|"
    r"wird|werden|würde|wuerde|würden|wuerden|wirst|bekomme|bekommt|bekommen|besteht|"
    r"bestehen|steht|stehen|gilt|gelten|lag|liegt|geht|läuft|laeuft|arbeiten|arbeitet|"
    r"brauche|brauchen|braucht|benötigen|benoetigen|wissen|weißt|weisst|meinen|finden|"
    r"fällt|faellt|fallen|kommt|kommen|übernehmen|uebernehmen|übernimmt|uebernimmt|"
    r"zahlen|zahlt|bieten|bietet|erwarten|planen|sucht|suchen)\b(?!')"
)
# Requests put as an imperative ("Sagen Sie mir ...", "Bitte teilen Sie mir mit",
# "Gib mir Bescheid").
_REQUEST = (
    r"(?:bitte\s+)?(?:sagen|sag|teilen|teil|schicken|schick|senden|send|geben|gib|lassen|"
    r"lass|bestätigen|bestaetigen|bestätige|informieren|nennen|nenn|erklären|erklaeren|"
    r"melden|meld|schreiben|schreib|rufen|ruf)\b(?!')"
)

# A question word that opens a direct question: the verb comes next ("Wann fällt die
# Entscheidung?"), so a pronoun straight after it ("Was ich vergessen hatte: ...")
# marks a clause that only names something.
_WH_DIRECT = r"(?!ob\b)" + _WH + r"(?!\s+(?:ich|wir|man|er|es|sie|du|ihr)\b)"
# The body of an ask: an indirect question with its frame, a question word, a verb
# put first, or a request.
_ASK = (
    r"[^,;:?!.]{0,80}?\b" + _REPORTING + r"\b[^,;:?!.]{0,30}?,\s*"
    r"(?:(?:bis|ab|seit|an|mit|von|für|fuer|in|zu|nach|um|über|ueber|unter|aus)\s+)?"
    + _WH
    + r"|<WH>|"
    + _VERB_FIRST
    + r"|"
    + _REQUEST
)

#: Where a clause opens a question or a request: at the start of a sentence (after a
#: joining word such as "und" or "außerdem"), or after a comma, colon, semicolon,
#: bracket or dash; "und ob", "und wann" need no comma. An indirect question that a verb
#: of asking introduces is one ask with its frame.
CLAUSE_ASK = (
    r"^\s*(?:(?:und|also|außerdem|ausserdem|zudem|dann|noch|ach|ok|okay|übrigens|"
    r"uebrigens|letztens|zuletzt|schließlich|schliesslich|ja|achso|und\s+noch)[\s,]+)?"
    r"(?:" + _ASK.replace("<WH>", _WH_DIRECT) + r")"
    r"|(?:[,;:(\u2014\u2013]\s*(?:(?:und|außerdem|ausserdem|zudem|dann|sowie)\s+)?|\s-\s*"
    r"|\b(?:und|sowie)\s+(?=(?:ob|wann|wie|wo|wer|was|welche[rnsm]?|warum|wieso)\b))"
    r"(?:" + _ASK.replace("<WH>", _WH) + r")"
)

#: Words that any thank-you note might use, lower-case and inflected (there is no
#: stemming): a word of five letters or more outside this list counts as a detail of
#: the conversation. Greetings, thanks, the words for an interview, a role and a team,
#: feelings about them, stock claims of fit, time words, and common function words.
GENERIC_WORDS = (
    """
    sehr geehrte geehrter geehrten liebe lieber lieben hallo guten morgen abend moin
    servus grüezi grueezi grüß gruess gruß gruss grüße gruesse grüßen gruessen grüsse
    grüssen herzliche herzlichen herzlich herzlichst herzlichste herzlichsten beste besten
    bestem freundliche freundlichen freundlich freundlicher freundlichem viele vielen
    vielem schöne schönen schöner schönes schoene schoenen schön schoen sonnige
    sonnigen danke danken dankt dankte dank dankbar dankbare dankbarkeit bedanken
    bedanke bedankt bedankte bedankten nochmal nochmals noch einmal erneut wiederum
    damen herren gespräch gespraech gespräche gespraeche gesprächs gespraechs
    gespräches vorstellungsgespräch vorstellungsgespraech vorstellungsgesprächs
    vorstellungsgespraechs vorstellungsgespräche bewerbungsgespräch bewerbungsgespraech
    interview interviews termin termins treffen getroffen kennenlernen kennengelernt
    kennen kennenzulernen austausch austauschs telefonat telefonats telefongespräch
    unterhaltung gestern gestrige gestrigen gestriges heute heutige heutigen heutiges
    vormittag vormittags nachmittag nachmittags morgens abends mittag mittags letzte
    letzten letzter letztes letztens vergangene vergangenen vergangener woche wochen
    wochenende montag dienstag mittwoch donnerstag freitag samstag sonntag montags
    dienstags mittwochs donnerstags freitags januar februar märz maerz april juni juli
    august september oktober november dezember jänner jaenner zeit zeiten genommen
    nehmen nahmen geschenkt schenken gewidmet investiert stelle stellen position
    positionen tätigkeit taetigkeit aufgabe aufgaben aufgabengebiet aufgabenbereich
    bereich bereiche rolle rollen unternehmen unternehmens firma firmen betrieb betriebs
    betrieben abteilung abteilungen teams haus hauses organisation organisationen
    arbeitgeber arbeitgebers arbeitsumfeld umfeld kollegen kollegin kolleginnen
    kolleginnen mitarbeiter mitarbeitern mitarbeitende mitarbeitenden chance chancen
    möglichkeit moeglichkeit möglichkeiten moeglichkeiten gelegenheit bewerbung
    bewerbungen bewerber bewerberin bewerbern kandidat kandidaten kandidatin
    auswahlprozess auswahlverfahren bewerbungsprozess bewerbungsverfahren prozess
    prozesses verfahren interesse interessen interessiert interessierte interessant
    interessante interessanten interessanter interessantes spannend spannende
    spannenden spannender spannendes gefreut freuen freue freut freute freuten freude
    gefallen gefällt gefaellt gefiel angenehm angenehme angenehmen angenehmes nette
    netten nettes super klasse toll tolle tollen toller tolles prima wunderbar
    wunderbare wunderbaren großartig grossartig großartige grossartige großartigen
    grossartigen eindruck eindrücke eindruecke eindrucks gewonnen gewinnen bekommen
    erhalten erhielt beeindruckt beeindruckend beeindruckende beeindruckenden überzeugt
    ueberzeugt überzeugen ueberzeugen überzeugend ueberzeugend motiviert motivation
    motivierte motivierten begeistert begeisterung begeistern engagiert engagement
    weiterhin weiter weitere weiteren weiterer weiteres nach wie vor immer wirklich
    wirklichen besonders ganz ziemlich einfach eigentlich tatsächlich tatsaechlich
    natürlich natuerlich selbstverständlich selbstverstaendlich sicher sicherlich
    gerne gern ebenfalls außerdem ausserdem zudem bereits schon jetzt gleich sofort
    bald baldige baldigen rückmeldung rueckmeldung rückmeldungen antwort antworten
    nachricht nachrichten zusage zusagen entscheidung entscheidungen positive positiven
    positiver positives positiv hören hoeren gehört gehoert melden meldet meldung
    bescheid zeitnah zeitnahe demnächst demnaechst kontakt kontakte bleiben bleibe
    verbleibe verbleiben verbunden zusammenarbeit zusammenarbeiten zusammenzuarbeiten
    mitarbeit mitarbeiten mitzuarbeiten mitwirken beitragen beizutragen einbringen
    einzubringen passen passe passt gepasst passend passende passenden passender
    geeignet geeignete geeigneten geeigneter bereicherung verstärkung verstaerkung
    fähigkeiten faehigkeiten kenntnisse erfahrung erfahrungen erfahrungsschatz
    qualifikation qualifikationen kompetenzen stärken staerken profil lebenslauf
    unterlagen bewerbungsunterlagen anfangen anzufangen starten beginnen einstieg
    arbeiten arbeit arbeite arbeitet gearbeitet werden würde wuerde würden wuerden
    könnte koennte könnten koennten möchte moechte möchten moechten wollte wollten
    sollte sollten hätte haette hätten haetten konnte konnten durfte durften dürfen
    duerfen haben habe hatte hatten sein seine seiner seinen seinem wäre waere wären
    waeren gewesen worden wurde wurden machen macht gemacht mache erfahren gelernt
    lernen erzählt erzaehlt erzählen erwähnt erwaehnt erwähnten gesprochen sprechen
    besprochen besprechen gezeigt zeigen gesehen sehen gesagt sagen schreiben schreibe
    geschrieben wünsche wuensche wünschen wuenschen wünscht alles gute erfolg erfolge
    erfolgreich erfolgreiche erfolgreichen ihnen ihren ihrer ihrem ihres euch eurem
    eurer euren unser unsere unserem unseren unserer dieser diese diesen dieses diesem
    jener meine meinen meiner meinem meines deine deinen deiner deinem mich mir dich
    einen einem einer eines keine keinen keiner nicht nichts etwas allem allen aller
    alles andere anderen anderer anderes dabei dafür dafuer darauf darüber darueber
    davon dazu damit daran dadurch deshalb deswegen darum daher trotzdem jedoch aber
    sondern oder sowie sowohl weil obwohl während waehrend bevor nachdem seitdem
    sodass damals dann denn wenn falls sobald solange ob dass daß welche welcher welchen
    welches welchem jeder jede jeden jedes jedem wieder wiederholen hier heraus herzlich
    mehr meisten wenig wenige einige einigen manche mancher vielleicht hoffe hoffen
    hoffentlich hoffnung glaube glauben denke denken finde finden fand fanden gefunden
    sagen empfunden empfand fühle fuehle fühlte fuehlte gefühlt gefuehlt wohlgefühlt
    wohlgefuehlt gespannt neugierig bereit bereits bereitschaft offen offene offenen
    offenheit ehrlich ehrlichkeit persönlich persoenlich persönliche persoenliche
    persönlichen persoenlichen professionell professionelle wertschätzend
    wertschaetzend wertschätzung wertschaetzung freundlichkeit atmosphäre atmosphaere
    arbeitsatmosphäre arbeitsatmosphaere betriebsklima klima einblick einblicke
    einblicken einblicks einsicht einsichten vorstellung vorstellen vorzustellen
    vorgestellt ausführlich ausfuehrlich ausführliche ausfuehrliche ausführlichen
    ausfuehrlichen aufschlussreich aufschlussreiche aufschlussreichen informativ
    informative informativen hilfreich hilfreiche hilfreichen sinnvoll angesprochen
    ansprechen anliegen aufgeschlossen kurze kurzen kurzer kurzes länger laenger lange
    langen schnell schnelle schnellen zügig zuegig zügige zuegige leider schade
    wichtig wichtige wichtigen wichtiger richtig richtige richtigen zukunft zukünftig
    zukuenftig zukünftige zukuenftige künftig kuenftig künftige kuenftige nächste
    naechste nächsten naechsten nächster naechster schritt schritte schritten
    weiteren verlauf stand gelegentlich jederzeit verfügung verfuegung rückfragen
    rueckfragen fragen frage fragt gefragt beantworten beantwortet beantwortung
    zurück zurueck zurückmelden zurueckmelden hören wissen weiß weiss wusste freundliches
    herzliches nettes gemeinsam gemeinsame gemeinsamen zusammen ganzen ganze ganzer
    gutes guter gutem gute wohl dürfte duerfte genau genauso ebenso sowieso ohnehin
    wirklich sehr viel vieles mehrere verschiedene verschiedenen unterschiedliche
    ideal ideale idealen optimal optimale perfekt perfekte perfekten wunderbares
    schönes spannendes erfreut erfreulich herausforderung herausforderungen
    herausfordernd abwechslungsreich abwechslungsreiche vielseitig vielseitige
    verantwortung verantwortungsvoll entwicklung entwicklungsmöglichkeiten
    weiterentwickeln weiterzuentwickeln teamfähig teamfähigkeit zuverlässig
    zuverlaessig flexibel flexible flexiblen belastbar belastbarkeit kommunikativ
    strukturiert selbstständig selbststaendig selbständig engagierte teamplayer
    einsatz einsatzbereitschaft leidenschaft herzblut gelegenheit anzufangen erzählen
    zeigen erklärt erklaert erläutert erlaeutert vermittelt geschildert schilderung
    ausführungen ausfuehrungen erklärungen erklaerungen viel zeitaufwand mühe muehe
    geduld vertrauen unterstützung unterstuetzung beantworten offenen nachgang
    anschluss abschließend abschliessend zunächst zunaechst erstmal erst zuerst
    schließlich schliesslich jedenfalls insgesamt wahrscheinlich hiermit hierbei
    damit bitte gerne nochmals wiederhören wiederhoeren auf bald tschüss tschuess
    ciao liebsten allerbeste allerbesten
    können koennen kann möglich moeglich möglichkeit ungefähr ungefaehr frühestens
    fruehestens spätestens spaetestens direkt gerade bedeutet bedeuten bedeutung
    brauche brauchen braucht benötige benoetige unglaublich unglaubliche unglaublichen
    vergessen vergesse werde wirst klappt klappen geklappt erreichen erreiche erreicht
    versuche versuchen versucht vorliegen vorliegt angebot angebote angeboten dinge
    klären klaeren geklärt geklaert fallen fällt faellt monat monate monaten jahre
    jahren tage tagen stunden minuten absolut absoluter absolute absoluten ganzem
    herzen herz tiefer tiefe tiefen traum traumjob wundervoll wundervolle wundervollen
    wundervolles praxis büro buero standort standorte remote homeoffice online gebunden
    vielmals riesig riesige riesigen klappen cool coole echt motiviert motivierte
    """
    # Pay, perks and leave: a question about them is not a detail of the conversation.
    """
    gehalt gehalts gehälter gehaelter vergütung verguetung bezahlung brutto netto
    anteil variable variabler betriebliche betrieblichen altersvorsorge urlaub
    urlaubstage urlaubsgeld weihnachtsgeld firmenwagen dienstwagen jobrad
    tankgutscheine tankgutschein jobticket zuschuss zuschüsse zuschuesse bonus
    überstunden ueberstunden fahrtkosten kosten übernehmen uebernehmen übernimmt
    """
    # The commonest surnames and first names, which greet and sign any note.
    """
    müller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann
    schäfer schaefer koch bauer richter klein wolf schröder schroeder neumann schwarz
    zimmermann braun krüger krueger hofmann hartmann lange schmitt werner schmitz
    krause meier lehmann schmid schulze maier köhler koehler herrmann könig koenig
    walter mayer huber kaiser fuchs peters scholz möller moeller weiß weiss jung hahn
    schubert vogel friedrich keller günther guenther frank berger winkler roth beck
    lorenz baumann franke albrecht schuster simon ludwig böhm boehm winter kraus
    martin schumacher krämer kraemer vogt stein jäger jaeger otto sommer groß gross
    seidel heinrich brandt haas schreiber graf schulte dietrich ziegler kuhn kühn
    kuehn pohl engel horn busch bergmann thomas voigt sauer arnold wolff pfeiffer
    maria anna ursula monika petra elisabeth sabine renate helga karin brigitte
    ingrid erika andrea gisela claudia susanne gabriele christa christine hildegard
    julia laura lena sarah sara katharina melanie nicole stefanie jennifer jessica
    lisa hannah hanna leonie johanna sophie sofia emma clara klara nina franziska
    christina kathrin katrin daniela marie michael thomas andreas peter stefan
    stephan christian klaus wolfgang jürgen juergen frank bernd markus matthias
    martin uwe ralf günter guenter werner dieter manfred hans horst helmut gerhard
    sebastian daniel tobias florian alexander jonas lukas lucas julian niklas
    maximilian felix leon paul moritz jannik dominik patrick philipp marco marcel
    dennis tim timo kevin simon fabian benjamin david jan sven oliver torsten
    thorsten mehmet ahmet mustafa elif ayşe ayse fatma emre murat aylin yusuf
    katja sandra tanja silke heike birgit kerstin anja nadine jana lea mia ben finn
    """
)

#: Words in a sentence that say what a sum is, in three groups: ``strong`` words about
#: pay outweigh ``work`` words (a budget, a saving, a client's costs), which outweigh
#: ``weak`` ones (a range, an expectation, "currently").
PAY_CUE = (
    r"\b(?:(?P<strong>\w*(?:gehalt|gehälter|gehaelter|gehalts|lohn|löhne|loehne|lohns|"
    r"vergütung|verguetung|verdienst|entgelt|einkommen|bezahlung|besoldung|honorar|"
    r"tarifstufe|eingruppierung)\w*|brutto|netto|bruttojahr\w*|verdien\w*|fixum|"
    r"fixgehalt|bonus|boni|prämie|praemie|provision|stundensatz|tagessatz|zahlen\s+sie|"
    r"zahlt\s+ihr|zahlt|bezahlt|bezahlen|ote|p\.\s?a)"
    r"|(?P<work>budget\w*|\w*kosten|umsatz\w*|umsätze|umsaetze|erlös\w*|erloes\w*|"
    r"einspar\w*|gespart|spar\w*|auftrag\w*|aufträge\w*|auftraege\w*|projekt\w*|"
    r"kunde|kunden\w*|million\w*|mio|mrd|milliard\w*|preis\w*|miete|mieten|schulden|"
    r"kredit\w*|gebühr\w*|gebuehr\w*|spende\w*|fördermittel\w*|foerdermittel\w*|"
    r"investition\w*|rechnung\w*|gewinn\w*|marge\w*|volumen|wert|ware\w*|lager\w*|"
    r"schaden\w*|förder\w*|foerder\w*)"
    r"|(?P<weak>paket|spanne|rahmen|band|bandbreite|angebot|verhandelbar|verhandeln|"
    r"erhöhung|erhoehung|aktuell|derzeit|momentan|erwart\w*|vorstellung\w*|mindestens|"
    r"minimum|untergrenze|jährlich|jaehrlich|monatlich|jahr|monat|stunde|wechsel\w*|"
    r"zahlen|mehr|weniger|unter|über|ueber|rund|ca))\b"
)

# Nouns that a number in thousands may count instead of money ("10k Follower").
_COUNTED = (
    r"(?!\s*-?\s*(?:nutzer\w*|follower\w*|abonnent\w*|downloads?|aufrufe\w*|besucher\w*|"
    r"mitarbeit\w*|beschäftigt\w*|beschaeftigt\w*|menschen|personen|leute|stück|stueck|"
    r"teile\w*|zeilen|datensätze\w*|datensaetze\w*|schritte\w*|km|kilometer\w*|meter\w*|"
    r"qm|m²|quadratmeter\w*|einheiten|wohneinheiten|artikel\w*|tickets?|anrufe\w*|"
    r"patient\w*|schüler\w*|schueler\w*|studierende\w*|seiten|wörter\w*|woerter\w*|"
    r"kund\w*|fälle\w*|faelle\w*|sendungen|pakete\w*|paletten|bestellungen|aufträge\w*|"
    r"auftraege\w*|klicks?|leads?|mitglied\w*|einwohner\w*|exemplar\w*|auflage\w*|"
    r"betten|plätze\w*|plaetze\w*|gäste\w*|gaeste\w*|teilnehm\w*|views?|likes?)\b)"
)
_CURRENCY = r"(?:€|eur|euro|chf|franken|fr\.|sfr\.?|\$|£)"
_PER = r"(?:stunde|std\.?|h|monat|jahr|tag|woche|annum)"

#: A sum of money as German writes one: 55.000 €, 55 000 €, 55'000 CHF, € 4.500,
#: 4.500,- €, 55k, 55 Tsd., 3.200 brutto, 20 € pro Stunde, 20 Euro die Stunde.
AMOUNT = (
    r"(?:"
    # a currency first: € 55.000, $ 60k
    r"[€$£]\s?\d{1,3}(?:[.\u00a0\u202f ']\d{3})*(?:,\d{1,2}|,-)?(?:\s?(?:k|tsd\.?|teur)\b)?"
    # 55k, 55 Tsd., 55 TEUR
    r"|\d{1,3}(?:[.,]\d)?\s?(?:k|tsd\.?|teur|t€)(?![\w€])"
    + _COUNTED
    # 55.000, 55'000 CHF, 4.500,- €
    + r"|\d{1,3}(?:[.\u00a0\u202f']\d{3})+(?!\d)(?:,\d{1,2}|,-{1,2})?"
    r"(?:\s?"
    + _CURRENCY
    + r"(?!\w))?"
    + _COUNTED
    # 55 000 €: plain spaces between the groups only with a currency, since phone
    # numbers are written in groups too
    + r"|\d{1,3}(?:[ ]\d{3})+(?:,\d{1,2}|,-{1,2})?\s?"
    + _CURRENCY
    + r"(?!\w)"
    # 20 €, 3200 Euro, 17,50 €
    + r"|\d+(?:,\d{1,2}|,-)?\s?"
    + _CURRENCY
    + r"(?!\w)"
    r")"
    r"(?:\s?(?:brutto|netto)\b)?"
    r"(?:\s?(?:pro|im|in\s+der|die|das|den|je|per|/)\s?" + _PER + r"\b|\s?p\.\s?a\.?)?"
    r"(?:\s?(?:brutto|netto|jährlich|jaehrlich|monatlich)\b)?"
)

#: A sum that reads as pay on its own: 55k, a currency sum in thousands, a sum said to
#: be gross or net, or a currency sum per hour, month or year (a bare 2.000 is as likely
#: to count people as money).
THOUSANDS = (
    r"\d\s?(?:k|tsd\.?|teur|t€)$"
    r"|\d{1,3}[.\u00a0\u202f ']\d{3}.*" + _CURRENCY + r"|^[€$£]\s?\d{1,3}[.\u00a0\u202f ']\d{3}"
    r"|\d{4,}\s?" + _CURRENCY + r"|brutto|netto"
    r"|" + _CURRENCY + r".*(?:pro|im|die|je|per|/)\s?" + _PER + r"\b"
)
