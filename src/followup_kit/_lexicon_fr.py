"""
The French words the built-in check measures read.

Plain constants, loaded by :func:`followup_kit.check._lexicon` when a draft is in
French: where a clause opens a question or a request, the words any thank-you note
might use, the words that say what a sum of money is about, and how French writes a
sum of money. Every pattern is compiled case-insensitively, and every list holds the
forms a writer types on a phone too, without accents ("tres", "interesse").
"""

from __future__ import annotations

__all__ = ["AMOUNT", "CLAUSE_ASK", "GENERIC_WORDS", "PAY_CUE", "THOUSANDS"]

# Where a clause opens a question or a request, to count asks: at the start of a
# sentence (after a linking word: "et", "aussi", "enfin"), after a comma, a colon or a
# dash ("et si" needs none). An ask opens with a question word ("quand", "combien",
# "est-ce que"), a verb put before its subject ("pourriez-vous", "y a-t-il", "puis-je"),
# a wish to know ("j'aimerais savoir si", "je me demandais quand") or a polite
# imperative ("dites-moi", "merci de me confirmer").
CLAUSE_ASK = (
    r"(?:^\s*(?:(?:et|aussi|alors|puis|enfin|sinon|bref|donc|mais|ensuite|également"
    r"|egalement|d'autre\s+part|par\s+ailleurs|d'ailleurs|dernière\s+chose"
    r"|derniere\s+chose|autre\s+chose)\s*,?\s+)?"
    r"|[,;:(\u2014\u2013]\s*(?:(?:et|ou|mais|puis|alors|sinon|ensuite|enfin)\s+)?|\s-\s+"
    r"|\bet\s+(?=(?:si|s'il|s'ils|quand|comment|où|pourquoi|combien|quel|quelle|quels"
    r"|quelles|qui|à\s+quel|a\s+quel)\b))"
    r"(?:(?:quand|pourquoi|comment|combien|où|quel|quelle|quels|quelles|lequel|laquelle"
    r"|lesquels|lesquelles|qui|quoi)\b"
    r"|(?:à|a|de|pour|avec|par|dans|sur)\s+(?:quel|quelle|quels|quelles|qui|quoi)\b"
    r"|qu'est-ce\b|est-ce\b|(?:(?<=et )|(?<=[,;:] ))(?:si|s'il|s'ils)\b"
    r"|[^,;:?!.]{0,80}?\b(?:savoir|demander|demande|demandais|connaître|connaitre"
    r"|comprendre|préciser|preciser|confirmer|indiquer|dire|curieux|curieuse)"
    r"\s+(?:(?:à|a|de)\s+)?(?:si|s'il|s'ils|quand|comment|où|pourquoi|combien|quel|quelle"
    r"|quels|quelles|qui|ce\s+que|ce\s+qu'|ce\s+qui|lequel|laquelle)\b"
    r"|(?!rendez-vous\b)(?:(?:n'y|y)\s+)?[^\W\d_]+(?:'[^\W\d_]+)?-(?:t-)?"
    r"(?:vous|je|il|elle|ils|elles|on|tu|nous)\b"
    r"|(?:merci\s+de\s+(?:bien\s+vouloir\s+)?(?:me|m'|nous)\s*)"
    r"(?:dire|indiquer|préciser|preciser|confirmer|envoyer|transmettre|communiquer"
    r"|expliquer|tenir)\b"
    r"|(?:dites|indiquez|précisez|precisez|confirmez|envoyez|transmettez|expliquez"
    r"|communiquez|tenez|dis|indique|précise|precise|confirme|envoie|explique|tiens)"
    r"-(?:moi|nous)\b)"
)

# Words any thank-you might use, lower-case and whitespace-separated: they say nothing
# about one conversation. Only words of five letters or more are ever looked up, and
# there is no stemming, so the forms a note uses are all listed (plurals, feminines,
# tenses), with and without accents. Pay and perks are no detail of the conversation
# either, and neither are the common given names and surnames of a greeting or a
# signature.
GENERIC_WORDS = """
merci mercis remercie remercier remercié remerciée remercions remerciements
remerciement remercierai remercierais remercient remercie remerciant sincère sincères
sincerement sincèrement sincere sinceres chaleureusement chaleureux chaleureuse
chaleureuses chaleureusement cordialement cordiales cordiale cordial bienveillance
bienveillant bienveillante reconnaissant reconnaissante reconnaissance gratitude
temps entretien entretiens entrevue entrevues échange échanges echange echanges
échangé echange rencontre rencontres rencontré rencontrée rencontrer rencontrés
rencontrees rencontres rendez-vous conversation conversations discussion discussions
discuté discute discuter parlé parle parler parlions appel appels téléphonique
telephonique rendez réunion reunion aujourd'hui aujourd hier matin matinée matinee
après-midi apres-midi après apres après-midi soir soirée soiree semaine semaines
journée journee journées journees dernier dernière derniere derniers dernières
récent récente récemment recemment lundi mardi mercredi jeudi vendredi samedi
dimanche poste postes emploi emplois travail travailler travaillé travaille travaillerai
boulot mission missions fonction fonctions opportunité opportunite opportunités
opportunites occasion occasions chance chances candidature candidatures candidat
candidate candidats candidates profil profils parcours processus recrutement
recrutements recruteur recruteuse recruteurs sélection selection étape etape étapes
etapes suite suites prochaine prochaines prochain prochains entreprise entreprises
société societe sociétés societes structure structures organisation organisations
groupe groupes équipe equipe équipes equipes service services cabinet agence
établissement etablissement maison boîte boite direction directeur directrice
responsable responsables manager managers collègue collegue collègues collegues
membre membres personne personnes monde monsieur madame mademoiselle messieurs
mesdames docteur maître maitre bonjour bonsoir salut coucou hello cher chère chere
chers chères cheres salutations distinguées distinguees distingué distingue
respectueuses respectueusement agréer agreer veuillez recevoir expression
considération consideration assurance meilleures meilleurs meilleur meilleure
sentiments amitiés amities amicalement bises bisous plaisir plaisirs heureux heureuse
heureuses ravie ravis ravies enchanté enchantée enchante enchantee content contente
contents contentes intéressé intéressée interesse interessee intéressés intéressant
intéressante interessant interessante intérêt interet intérêts interets intéresse
interesse motivé motivée motive motivee motivés motivation motivations enthousiasme
enthousiaste enthousiastes enthousiasmé enthousiasmée enthousiasme envie envies
impatient impatiente impatience hâte hate vraiment beaucoup énormément enormement
particulièrement particulierement vivement profondément profondement tellement
vraiment toujours encore aussi ainsi alors autant cependant pourtant néanmoins
neanmoins toutefois également egalement surtout notamment justement simplement
seulement juste vraiment évidemment evidemment certainement sûrement surement
franchement honnêtement honnetement réellement reellement totalement complètement
completement absolument parfaitement pleinement entièrement entierement rapidement
bientôt bientot prochainement vite apprécié apprecie appréciée appreciee apprécier
apprecier apprécie appréciable apprécions appréciais appreciais aimé aime aimée aimer
aimerais aimerait adoré adore adorée plu plaisant plaisante agréable agreable
agréables agreables enrichissant enrichissante enrichissants enrichissantes
intéressants intéressantes interessants interessantes stimulant stimulante
passionnant passionnante inspirant inspirante instructif instructive constructif
constructive positif positive positifs positives excellent excellente excellents
excellentes super génial geniale géniale sympa sympathique sympathiques formidable
superbe magnifique belle beaux bonne bonnes grand grande grands grandes petit petite
accueil accueilli accueillie accueillir accueillant accueillante ambiance atmosphère
atmosphere climat culture valeurs valeur vision esprit énergie energie dynamisme
dynamique dynamiques passion passionné passionnée passionne passionnee
professionnalisme professionnel professionnelle professionnels professionnelles
sérieux serieux sérieuse serieuse qualité qualite qualités qualites compétence
compétences competence competences expérience experience expériences experiences
savoir-faire connaissances connaissance formation formations diplôme diplome
compétent competent compétente competente capacité capacite capacités capacites
atout atouts force forces point points aptitude aptitudes talent talents rigueur
rigoureux rigoureuse autonomie autonome polyvalent polyvalente adaptable adaptabilité
adaptabilite curiosité curiosite curieux curieuse organisé organisee organisée organise
fiable disponible disponibles disponibilité disponibilite flexible flexibilité
flexibilite ponctuel ponctuelle investi investie implication impliqué impliquee
impliquée engagement engagé engagee engagée dévoué devoue dévouée devouee apporter
apporte apporterai apporterais apport contribuer contribue contribuerai contribuerais
contribution contributions participer participe participerai correspond correspondre
correspondent correspondrait correspondant adéquation adequation convaincu convaincue
convaincus conviction certain certaine certains certaines persuadé persuade persuadée
confiance confiant confiante capable capables atouts rejoindre rejoins rejoint
rejoignant intégrer integrer intégrerai integrer intégration integration faire partie
partie parties projet projets défi defi défis defis challenge challenges objectif
objectifs ambition ambitions évolution evolution évoluer evoluer carrière carriere
développement developpement développer developper progresser apprendre appris
apprentissage découvrir decouvrir découvert decouvert découverte decouverte
découvertes decouvertes présentation presentation présenté presente présentée
presentee présenter presenter explications explication expliqué explique expliquée
expliquer détails details détail detail précision precision précisions precisions
information informations renseignements renseignement question questions réponse
reponse réponses reponses retour retours nouvelles nouvelle nouveau nouveaux news
attente attendre attends attend attendant attendrai espère espere espérons esperons
espérant esperant espoir espoirs souhaite souhaiter souhaitais souhaiterais souhaitons
souhaitant souhait souhaits voeux vœux plaisir pensé pense pensée pensees pensées
penser pensant crois croire sais savoir connaître connaitre comprendre compris
comprends dispose disposition entière entiere complément complement complémentaire
complementaire complémentaires complementaires besoin besoins demande demandes
demander hésitez hesitez hésiter hesiter contacter contact contacts joindre joignable
revenir reviens reviendrai revenez rappeler écrire ecrire écris ecris écrit ecrit
envoyer envoie envoyé envoye envoyée message messages courriel courriels e-mail email
emails mail mails lettre lettres note mot petit petits quelques quelque plusieurs
chose choses quelque chose tout toute toutes tous autre autres même memes mêmes
comme avant avoir avais avait avions aviez avaient aurai aurais aurait aurions auriez
auront serai serais serait serions seriez seront étais etais était etait étions etions
étiez etiez étaient etaient suis êtes etes sommes avons avez c'est c'était c'etait
c'etait j'ai j'avais j'étais j'etais j'aurais j'aimerais j'espère j'espere j'attends
j'apprécie j'apprecie j'ai été j'en j'y qu'il qu'elle qu'on qu'un qu'une d'un d'une
d'autres d'ici d'abord d'avoir d'être d'etre d'agréer d'agreer l'entretien
l'entrevue l'échange l'echange l'équipe l'equipe l'entreprise l'occasion
l'opportunité l'opportunite l'expression l'assurance l'attente l'accueil l'ensemble
l'intérêt l'interet l'annonce l'offre l'avenir l'heure l'entretien m'avez m'avoir
m'accorder m'a m'ont m'êtes n'hésitez n'hesitez n'est n'ai n'avez s'est s'agit
quelqu'un celui celle ceux celles cette cela ceci votre vôtre votres vos notre nôtre
leur leurs elles nous vous leur très tres bien mieux plus moins beaucoup pendant
depuis durant lors lorsque quand puisque parce pourquoi comment combien laquelle
lequel lesquels dont selon chez entre parmi contre vers envers avec sans sous dans
pour ainsi déjà deja enfin ensuite puis maintenant actuellement présent present
prochain futur future avenir long longue longtemps court courte rapide heure heures
minute minutes moment moments instant instants période periode année annee années
annees mois jours jour premier première premiere premiers deuxième deuxieme second
seconde rester reste restons restant demeure demeurer rends rendre rendu retrouver
revoir reparler rediscuter poursuivre poursuite continuer continuité suivre suivant
suivante suivants prendre prends pris prise prises donner donne donné donnee donnée
accordé accorde accordée accordee consacré consacre consacrée consacree pris
permettre permets permis permettez confirmé confirme confirmée confirmee confirmer
renforcé renforce renforcée conforté conforte confortée confortee convaincre
motiver motivant motivante touché touche touchée touchee sensible marqué marque
marquée impressionné impressionne impressionnée impressionnee impressionnant
impressionnante remarquable remarquables ouverture ouvertures écoute ecoute écouter
ecouter attention attentif attentive accordée échanger echanger partager partagé
partage partagée soutien aider aide aidé aidant utile utiles facile difficile
possible possibles impossible souhaitable idéal ideal idéale parfait parfaite
parfaitement belle journée journée bonne continuation continuation soirée
week-end weekend courage réussite reussite succès succes souvenir souvenirs
cœur coeur sincèrement vivement plaisir l'honneur honneur honoré honore honorée
privilège privilege chanceux chanceuse impatience candidater postuler postulé postule
employeur employeurs embauche embaucher recruter recruté recrute retenu retenue
choisi choisie décision decision décisions decisions choix délai delai délais delais
calendrier calendriers étape suivante cordial salutation disponibles réactivité
reactivite rapidité rapidite prompt prompte gentillesse patience compréhension
comprehension considération franchise honnêteté honnetete transparence clarté clarte
beaucoup apprécié franchement sincèrement agréable enrichissant plaisir
bonjour madame monsieur entretien poste merci
quelle quelles quels chaque chacun chacune aucun aucune autant autour avant-hier
demain après-demain tantôt tantot sinon ailleurs dehors dedans dessus dessous
directement rapidement facilement vraiment clairement simplement entièrement
uniquement seulement notamment plutôt plutot presque assez environ comment
cours courant faites faire ferai ferais fais fait faisant existe existent
pourriez pourrez pourrais pourrait pourrions pouvez pouvons peuvent puisse
puissiez voudrais voudrait voulais voulez voulons veulent aimerions devrais
devrait devriez devons doivent saurais sauriez savez savons sachez connaître
tiens tient tenir tenais tenu tenue tiendrai préciser preciser précise precise
prévu prevu prévue prevue prévus prevus prévues prevues accordés accordes
accordées accordees envisagé envisagée envisage envisagee envisagez envisager
utilisez utiliser utilise utilisé charge charges attentes attente relatif
relative relatifs concernant concerne regard sujet sujets cadre niveau
matière matiere égard egard propos suite retour effectivement évidemment
passer passerai passe passé passée repasser repasse rappelle rappellerai
rappeler appelle appellerai appeler appelé téléphoner revenir reviendrai
revienne avancer avancent avance avancé avancée incroyable incroyables énorme
enorme énormes merveilleux merveilleuse formidable éternelle eternelle
éternel eternel infiniment immense immensément réalisation realisation
choisissiez choisir choisi choisie chaleureuse accueillante dentaire assistante
assistant salaire salaires rémunération remuneration mutuelle chèques cheques
vacances remboursement congés conges prime primes télétravail teletravail
horaires horaire planning contrat contrats démarrage demarrage embauche
déplacements deplacements dossiers dossier clients client factures facture
comptable uniquement variable part
montrer montré montre expliqué parlé évoqué evoque abordé aborde abordés
présenté presente présentés évoqués mentionné mentionne mentionnés discuter
souligné souligne insisté insiste retenu retenir marquant marquée marqué
vraiment fortement agréablement sensible
camille julien thomas nicolas julie pierre sophie marie laura sarah pauline
mathieu maxime antoine alexandre romain kevin anthony guillaume florian
clement clément lucas louis hugo arthur jules gabriel raphael raphaël adam
nathan enzo theo théo mehdi karim yanis rayan sofiane samuel benjamin
vincent olivier philippe patrick christophe frederic frédéric stephane
stéphane laurent sebastien sébastien jerome jérôme david michel claire
emilie émilie elodie élodie lucie chloe chloé manon emma lea léa ines inès
jade louise alice juliette charlotte oceane océane marion audrey aurelie
aurélie celine céline nathalie isabelle valerie valérie sandrine caroline
virginie amandine melanie mélanie anais anaïs nadia sabrina samira fatima
yasmine amina dylan jordan mickael mickaël cedric cédric fabien gaelle
gaëlle helene hélène agnes agnès martin bernard dubois durand lefebvre
lefèvre leroy moreau simon laurent michel garcia david bertrand roux vincent
fournier morel girard andre andré mercier dupont lambert bonnet francois
françois martinez legrand garnier faure rousseau blanc guerin guérin muller
henry roussel nicolas perrin morin mathieu clement clément gauthier dumont
lopez fontaine chevalier robin masson sanchez gerard gérard nguyen boyer
denis lemaire duval joly gautier roger roche roy noel noël meyer lucas
meunier jean perez marchand dufour blanchard marie barbier brun dumas
brunet schmitt leroux colin fernandez pierre renard arnaud rolland caron
aubert giraud leclerc vidal bourgeois renaud lemoine picard gaillard philippe
leclercq lacroix fabre dupuis olivier rodriguez aubry tremblay gagnon
bouchard gagné gagne cote côté pelletier lavoie fortin bergeron peeters
janssens maes claes willems wouters dubois lejeune
""".strip()

# Words that say what a sum is. "strong" words are about pay whatever else the
# sentence says; "work" words put a sum in the work itself (a budget, a saving, a
# client's costs); "weak" words make a bare sum read as pay when nothing says otherwise.
PAY_CUE = (
    r"(?<![^\W_])(?:(?P<strong>salaires?|salariale?s?|salarial|rémunérations?|remunerations?"
    r"|rémunéré(?:e|s|es)?|remunere(?:e|s|es)?|paie|payé(?:e|s|es)?|paye(?:e|s|es)?|payez"
    r"|payent|paient|brut|bruts|brute|brutes|net|nets|nette|nettes|smic|primes?|fixe"
    r"|variable|prétentions?|pretentions?|gagne|gagner|gagnerai|gagnerais|gagnais|touche"
    r"|toucher|toucherai|toucherais|vise|viser|visais|annuels?|annuelle|mensuels?|mensuelle|treizième"
    r"|treizieme|13e|k€|ke)"
    r"|(?P<work>budgets?|économisé(?:e|s)?|economise(?:e|s)?|économies|economies|économie"
    r"|economie|chiffre|ventes?|vendu|coûts?|couts?|dépenses?|depenses?|financements?"
    r"|financé|finance|subventions?|levée|levee|levé|contrats?|marchés?|marches?|bénéfices?"
    r"|benefices?|marges?|factures?|facturation|clients?|clientes?|projets?|commandes?"
    r"|prix|tarifs?|loyers?|dettes?|investissements?|investi|millions?|milliards?"
    r"|subvention|amendes?|devis|stock|stocks|trésorerie|tresorerie|dons?|collecte"
    r"|gagné|gagne|économiser|economiser|réduit|reduit|réduire|reduire|baisse)"
    r"|(?P<weak>base|package|fourchette|grille|échelon|echelon|taux|offre|l'offre|proposé"
    r"|propose|proposition|négociable|negociable|augmentation|actuellement|attends|attentes"
    r"|minimum|moins|espère|espere|demande|descendre|souhaite|souhaiterais|plus|mois|an"
    r"|heure|l'heure|année|annee))(?![^\W_])"
)

# A sum of money as French writes one: the currency after the number ("55 000 €",
# "55.000 €", "2 100 € net", "15 euros de l'heure"), thousands as "k" ("38 k€",
# "55k", "62 ke"), or the currency first ("€ 4500"). Thousands of something counted
# ("10k abonnés", "2 000 commentaires") are not sums, and need no currency to be left.
AMOUNT = (
    r"(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,\d{1,2})?[ \u00a0\u202f]?"
    r"(?:€|euros?\b|eur\b|\$|dollars?\b|chf\b|francs?\b)"
    r"(?:[ \u00a0\u202f]?(?:bruts?|brutes?|nets?|nettes?)\b)?"
    r"(?:[ \u00a0\u202f]?(?:/|par|de\s+l'|à\s+l'|a\s+l')[ \u00a0\u202f]?"
    r"(?:h|heure|mois|an|année|annee|jour|semaine)\b)?"
    r"|\d{1,3}(?:[.,]\d)?[ \u00a0\u202f]?(?:k€|k[ \u00a0\u202f]?euros?\b|ke\b|k\b)"
    r"(?![ \u00a0\u202f]*(?:abonnés|abonnes|followers|vues|utilisateurs|visiteurs|clics"
    r"|membres|km|pas|lignes|commandes|colis|personnes)\b)"
    r"|[€$][ \u00a0\u202f]?\d[\d \u00a0\u202f.,]*\d"
)

# A sum that reads as pay on its own: thousands as "k", a sum of thousands in a
# currency ("45 000 €", "2 100 € net"), or a sum per hour, month or year.
THOUSANDS = (
    r"\dk|\d[ \u00a0\u202f]?k(?:€|e\b|[ \u00a0\u202f]?euros?)"
    r"|^\d{1,3}[ \u00a0\u202f.]\d{3}|^\d{4,}[ \u00a0\u202f]?(?:€|euros?)"
    r"|(?:€|euros?).*(?:h|heure|mois|an|année|annee)$"
)
