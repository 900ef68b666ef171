"""
The advice catalogue: every piece of guidance the rules serve, with a stable id.

Rules, trace entries, findings and plan steps cite these ids, so that each line the
library writes or flags can say why. The ids group into five families: ``R`` reflection
and preparation, ``T`` the thank-you, ``L`` later contact, ``N`` what not to say, and
``O`` after the decision.

>>> from followup_kit import ADVICE
>>> ADVICE["T3"]
'Name the day or event of the interview, so the reader can place you.'
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["ADVICE", "FAMILIES"]

#: The advice families, by the letter their ids start with.
FAMILIES = MappingProxyType(
    {
        "R": "Reflection and preparation",
        "T": "The short-term thank-you",
        "L": "Later contact",
        "N": "What not to say",
        "O": "After the decision",
    }
)

#: Every advice id, mapped to a one-sentence summary.
ADVICE = MappingProxyType(
    {
        "R1": "Right after the interview, note honestly who you met, what each wanted, "
        "how you answered and whether you still want the job.",
        "R2": "A bad feeling about the interview is not the verdict; do not let it make you "
        "negative.",
        "R3": "Review what went well, which questions tripped you and what experience you "
        "forgot to mention.",
        "R4": "You were assessing them too: rapport, culture, deal-breakers, and whether you "
        "are more or less keen.",
        "R5": "Decide how you will follow up before the interview.",
        "R6": "Before leaving, ask what the next step is and when they expect to decide.",
        "R7": "Note each interviewer's name and position and add them to your contacts.",
        "T1": "Send the thank-you the same day or the next; never much later than three days.",
        "T2": "Keep the thank-you brief, positive and cordial, without gushing.",
        "T3": "Name the day or event of the interview, so the reader can place you.",
        "T4": "A phrase that assumes you can contribute is good, as long as it is not arrogant.",
        "T5": "Temper enthusiasm to the employer's culture: excitement for a passionate team, "
        "interest for a conservative one.",
        "T6": "Mention something specific you learned, and how the role fits your skills and "
        "goals.",
        "T7": "Recall one or two strengths briefly: a thank-you is not a pitch.",
        "T8": "Write an individual note to each interviewer, by name.",
        "T9": "Choose the channel with care: email is usual, a handwritten card stands out, "
        "an unannounced call can seem pushy.",
        "T10": "You may close by saying when you will follow up.",
        "T11": "Thank them for the invitation, say you enjoyed meeting, and confirm your "
        "interest if it is real.",
        "T12": "Respect their time: short, checked messages.",
        "L1": "Within a few days, offer real work on a problem they mentioned, freely.",
        "L2": "A later note can carry the point you failed to make in the interview.",
        "L3": "Ask one or two questions at most; bring a new insight or a possible solution.",
        "L4": "Suggest a meeting only when you have something significant to offer.",
        "L5": "Deliver what you promised, when you promised it.",
        "L6": "If they said a decision takes N days, check in after N+1 or N+2 days of silence.",
        "L7": "If they asked you to call back in N days, call in exactly N days.",
        "L8": "Keep calls brief and place them early or late in the working day.",
        "L9": "With a large, busy employer, write and wait rather than call.",
        "L10": "Do not send repeated messages within a short time.",
        "L11": "Every call and letter extends the interview: anything said can count against you.",
        "L12": "Ask a contact who knows the decision makers to put in a good word.",
        "L13": "Be patient, but keep showing that you are interested.",
        "L14": "Keep looking meanwhile; never turn another offer into an ultimatum.",
        "N1": "Do not plead or sound desperate.",
        "N2": "Do not be aloof or arrogant, or presume the job is yours.",
        "N3": "Do not make demands or set deadlines; asking when you will hear is fine.",
        "N4": "Do not gush: no hyperbole, flattery or excess enthusiasm.",
        "N5": "Do not be pushy: no barrage of calls or messages.",
        "N6": "Do not write long, detailed letters.",
        "O1": "If turned down, thank them sincerely, stay interested, and offer to be "
        "considered again.",
        "O2": "Ask for honest feedback on your skills and your interview.",
        "O3": "Ask which roles may come up and where to watch for them.",
        "O4": "Show you understand it was about fit and timing; wish them well.",
        "O5": "Play the long game: leave a positive impression.",
        "O6": "Treat the outcome as practice: take the feedback seriously and rehearse.",
    }
)
