"""Parse helpers the readings share: a casualty word's subject, negation, hypotheticals ("could
have been killed", "tried to kill"), "killed, injured or captured", coordination, a relative
pronoun's antecedent."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsfold.analyse.counts.lexicons import HYPOTHETICAL_HEADS, MODALS, PERSON_WORDS
from newsfold.analyse.what.sentences import sent_of


def _refers_back(token: Token) -> bool:
    """'he', 'the boy', 'his son': someone already mentioned."""
    if token.pos_ == "PRON":
        return True
    return any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") and c.i >= token.i - 3
        for c in token.children
    )


def _conjoined(a: Token, b: Token) -> bool:
    return (b.dep_ == "conj" and b.head.i == a.i) or (a.dep_ == "conj" and a.head.i == b.i)


def _inside(a: Token, b: Token) -> bool:
    """One phrase inside the other ('two of whom' inside 'four people ...')."""
    return a.left_edge.i <= b.i <= a.right_edge.i or b.left_edge.i <= a.i <= b.right_edge.i


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


# verbs whose "about"/"of" + gerund is something talked or thought of, not done ("he had
# talked about killing himself", "she thought of shooting him"); only there: "police think
# he killed her" (a clause) is a finding
TALKED_OF = frozenset({"talk", "speak", "think", "dream", "joke", "fantasize", "muse"})


# nouns whose infinitive is an aim, not a deed ("in an effort to kill himself", "a plot to
# kill the mayor")
AIM_NOUNS = frozenset(
    {"effort", "attempt", "bid", "plan", "plot", "threat", "try", "intent", "intention", "scheme"}
)


def _hypothetical(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return True
    head = token.head
    if token.dep_ in ("xcomp", "ccomp") and head.lemma_ in HYPOTHETICAL_HEADS:
        return True
    if token.dep_ == "pcomp" and head.head.lemma_ in HYPOTHETICAL_HEADS | TALKED_OF:
        return True
    if token.dep_ == "acl" and head.lemma_.lower() in AIM_NOUNS:
        return True  # "in an effort to kill himself", "an attempt to kill his wife"
    if (
        token.dep_ == "xcomp"
        and head.lemma_ == "go"
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    ):
        return True  # "he was going to kill his wife": what he meant to do, not what he did
    return any(c.dep_ == "amod" and c.lemma_ in ("attempted", "attempt") for c in token.children)


def _wished_or_feared(token: Token) -> bool:
    """'I don't want to hear another child is dead', 'they tried to kill him': a casualty
    inside what someone wants, fears, tries or threatens is not one."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acomp", "relcl"):
            return False
        if _own_clause(node):
            return False
        node = node.head
        if node.lemma_.lower() in HYPOTHETICAL_HEADS or any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in node.children
        ):
            return True
    return False


def _own_clause(node: Token) -> bool:
    """A clause joined by "but" with a subject of its own ("Medics tried to save him, but he
    was pronounced dead", "... but he could not be revived"): what it says is told as a fact,
    not as part of the effort or wish of the clause it is joined to."""
    return (
        node.dep_ == "conj"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        and any(c.dep_ == "cc" and c.lower_ == "but" for c in node.head.children)
    )


def _has_passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _subject(token: Token, deps: tuple[str, ...]) -> Token | None:
    if token.dep_ in ("acomp", "oprd") and not any(c.dep_ in deps for c in token.children):
        token = token.head  # "a teenager was slain": the participle hangs on "was"
    node = token
    for _ in range(3):
        found = _nearest_child(node, deps) or _orphan_subject(node)
        if found is not None:
            return found
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
            node = node.head
            if node.dep_ == "conj":
                continue
            return _nearest_child(node, deps)
        if "nsubj" in deps and node.dep_ == "ccomp" and _participle_root(node.head):
            return _nearest_child(node.head, ("nsubj",))
        participle = _reported_participle_of(node) if "nsubj" in deps else None
        if participle is not None:
            return _nearest_child(participle, ("nsubj",))
        return None
    return None


def _subjectless_aux_clause(clause: Token) -> bool:
    """A clause with an auxiliary and no subject of its own ("has died" cut from its subject)."""
    return any(a.dep_ in ("aux", "auxpass") for a in clause.children) and not any(
        a.dep_ in ("nsubj", "nsubjpass", "expl") for a in clause.children
    )


def _reported_participle_of(clause: Token) -> Token | None:
    """'Police say a man shot last week near Oak Road has died': under a verb of saying the
    parse makes "a man shot" one complement (the participle its verb, "a man" its subject) and
    "has died" another, subjectless. For such a complement, the participle complement just
    before it, of the same head, with a subject and no auxiliary: the description of the one
    who died (`_participle_root` is the same misparse without the verb of saying)."""
    if clause.dep_ != "ccomp" or not _subjectless_aux_clause(clause):
        return None
    before = [
        c for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.i and c.i > c.head.i
    ]
    if not before:
        return None
    participle = before[-1]
    if participle.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in participle.children):
        return None
    if not any(c.dep_ == "nsubj" and c.i < participle.i for c in participle.children):
        return None
    return participle


def _reported_participle(verb: Token) -> bool:
    """Is `verb` the participle complement of `_reported_participle_of` (a description of the
    subject of the next complement, no event of its own)?"""
    if verb.dep_ != "ccomp" or verb.tag_ != "VBN":
        return False
    return any(
        _reported_participle_of(c) is verb
        for c in verb.head.children
        if c.dep_ == "ccomp" and c.i > verb.i
    )


def _participle_root(verb: Token) -> bool:
    """'The woman wounded in last week's shooting has died': the small model parses the
    participle that describes the subject as the main verb, with the subject on it and the
    sentence's own verb ('has died') as its clausal complement, subjectless. A participle root
    with no auxiliary of its own, a subject, and a later complement that has an auxiliary but
    no subject is such a description: its subject belongs to the complement, and the
    participle is no event of its own (the wounded woman is the one who died)."""
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT":
        return False
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") for c in children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in children):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and any(a.dep_ in ("aux", "auxpass") for a in c.children)
        and not any(a.dep_ in ("nsubj", "nsubjpass", "expl") for a in c.children)
        for c in children
    )


def _orphan_subject(node: Token) -> Token | None:
    """'six soldiers were killed in the north and three policemen were killed in the south':
    the small model often hangs the second subject elsewhere; the noun right before the
    second verb's auxiliary, after the first verb, is its subject."""
    if node.dep_ != "conj":
        return None
    aux = next((c for c in node.children if c.dep_ in ("aux", "auxpass") and c.i < node.i), None)
    if aux is None and node.i > 0:
        # "officers shot Ray Bloom, the gunman, and Bloom died": the subject right before an
        # intransitive second verb is parsed as a conjunct of the first verb's object
        cand = node.doc[node.i - 1]
        if (
            cand.dep_ == "conj"
            and cand.pos_ in ("NOUN", "PROPN")
            and node.head.i < cand.head.i < cand.i
            and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in node.children)
        ):
            return cand
        return None
    if aux is None or aux.i == 0:
        return None
    cand = node.doc[aux.i - 1]
    if cand.text == "," and aux.i >= 4:
        # "..., and Lena Park, 3, was killed in May": the second subject's age is set off by
        # commas between it and its auxiliary
        comma, age = node.doc[aux.i - 3], node.doc[aux.i - 2]
        if comma.text == "," and age.like_num and len(age.text) <= 3:
            cand = node.doc[aux.i - 4]
    if cand.pos_ in ("NOUN", "PROPN", "NUM") and cand.i > node.head.i:
        return cand
    return _relative_clause_owner(cand, node.head)


def _relative_clause_owner(last: Token, first_verb: Token) -> Token | None:
    """'the officer suffered a wound and the man who shot him was killed': the word right
    before the second verb's auxiliary ends a relative clause ("who shot him"); the noun the
    clause hangs on ("the man"), after the first verb, is the second verb's subject (not the
    first verb's, the officer)."""
    clause = next((t for t in [last, *last.ancestors] if t.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i != last.i:
        return None
    owner = clause.head
    if owner.pos_ in ("NOUN", "PROPN") and first_verb.i < owner.i < clause.i:
        return owner
    return None


def _nearest_child(node: Token, deps: tuple[str, ...]) -> Token | None:
    """The child in one of `deps` nearest to `node`, preferring one on the same line (a
    dateline or a photo credit parsed as a second subject is further away)."""
    children = [c for c in node.children if c.dep_ in deps]
    if len(children) <= 1:
        return children[0] if children else None
    same_line = [
        c
        for c in children
        if not any("\n" in t.text_with_ws for t in node.doc[min(c.i, node.i) : max(c.i, node.i)])
    ]
    pool = same_line or children
    return min(pool, key=lambda c: abs(c.i - node.i))


_HARM = r"(?:killed|wounded|injured|hurt|captured|arrested|abducted|kidnapped|detained|dead)"


EITHER_OR = re.compile(rf"\b{_HARM}(?:\s*,\s*{_HARM})*\s*,?\s+or\s+{_HARM}\b", re.IGNORECASE)


def _either_or(token: Token) -> bool:
    """'killed, injured or captured': which of them is not said."""
    text = token.doc[max(0, token.i - 8) : token.i + 9]
    for m in EITHER_OR.finditer(text.text):
        if m.start() <= token.idx - text.start_char < m.end():
            return True
    top = token
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    chain = [top]
    while True:
        nxt = [c for c in chain[-1].children if c.dep_ == "conj"]
        if not nxt:
            break
        chain.append(nxt[0])
    if len(chain) < 2:
        return False
    return any(c.dep_ == "cc" and c.lower_ == "or" for t in chain for c in t.children)


def _antecedent(subj: Token) -> Token:
    """'the 24-year-old who was shot and killed': a relative pronoun stands for the noun its
    clause describes (through coordinated verbs)."""
    if subj.lower_ not in ("who", "that", "which", "whom"):
        return subj
    clause = subj.head
    for _ in range(3):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return subj
    owner = clause.head
    if subj.lower_ in ("who", "whom"):
        owner = _person_before_a_place(owner, subj)
    return _first_of_a_list(owner, clause)


def _a_person(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (
        token.lemma_.lower() in PERSON_WORDS or token.ent_type_ == "PERSON"
    )


def _person_before_a_place(owner: Token, who: Token) -> Token:
    """'a teen sitting outside a neighbour's garage who was also shot', 'a woman on the porch of a
    home who had been shot': "who" tells of a person, but the parser hangs its clause on a
    noun that is none, a place; the person is the nearest person's noun before "who" in the
    sentence: between that noun and "who" ("the death of Quintero who was shot"), else
    before the noun (none: the noun as parsed)."""
    if owner.pos_ != "NOUN" or _a_person(owner) or owner.ent_type_ == "NORP":
        return owner
    between = [t for t in owner.doc[owner.i + 1 : who.i] if _a_person(t)]
    if between:
        return between[-1]
    if any(c.dep_ == "prep" for c in owner.children):
        return owner  # ("the death of Ann Roe who ...": the person is in the noun's own phrase)
    for token in reversed(owner.doc[sent_of(owner).start : owner.i]):
        if token.pos_ == "VERB" and token.dep_ in ("ROOT", "ccomp"):
            break  # (another clause's people)
        if _a_person(token):
            return token
    return owner


def _plural_clause(clause: Token) -> bool:
    """A relative clause with a plural verb ("who were wounded", "who are recovering") hung on
    a singular noun: it tells of a list the noun ends, not of the noun alone."""
    return clause.lower_ in ("were", "are") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are") for c in clause.children
    )


def _first_of_a_list(owner: Token, clause: Token) -> Token:
    """'Devon Hill, 19, and Jalen Brooks, 20, who were wounded': a relative clause whose verb
    is plural ("were", "are") hung on the last noun of a list stands for the whole
    list: the first noun of the coordination, which the count reads with its conjuncts (not
    the last name alone)."""
    if not _plural_clause(clause) or owner.tag_ not in ("NNP", "NN"):
        return owner
    first = owner
    while (
        first.dep_ == "conj"
        and first.head.pos_ in ("NOUN", "PROPN")
        and first.head.i < first.i
        and not any(c.dep_ == "relcl" for c in first.head.children)
    ):
        first = first.head  # up to a name told by a clause of its own ("Ray Ochoa, who died")
    return first


DEATH_VERBS = frozenset({"die", "succumb"})


def _died_subject(noun: Token) -> bool:
    """The noun is the subject of "died" or "succumbed" ("two wounded children died", "the
    injured man later succumbed"): the people it describes as hurt are counted as dead."""
    return (
        noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in DEATH_VERBS
        and not _negated(noun.head)
        and not _hypothetical(noun.head)
    )


def _dash_after_dateline(town: Token, other: Token) -> bool:
    """Whether `town` is a dateline's town in capitals ("OMAHA", "PORT ELLIS") and a
    dateline's dash (`_dateline_dash`) stands between it and the later word `other`: the
    parser made the town the sentence's subject ('OMAHA, Neb. - A woman was wounded'), the
    real subject being `other` hung on it or beside it. The dash is looked for up to `other`
    itself, not its left edge: the parser may hang the state on the subject's own words
    ("OMAHA, Neb. - A woman", "Neb." a compound of "A"), putting the dash inside them."""
    if not (town.is_upper and town.is_alpha and len(town.text) > 1):
        return False
    return other.i > town.i and any(_dateline_dash(t) for t in town.doc[town.i + 1 : other.i])


def _dateline_dash(token: Token) -> bool:
    """Whether a token is the dash that ends a dateline: a long dash ("Ohio \u2014 A woman",
    "Ohio--A woman"), a hyphen standing apart ("Neb. - A woman") or a hyphen before a
    capital ("DAYTON, Ohio-A woman": the tokenizer splits it off between letters); not a
    hyphen inside a word ("a 19-year-old woman"), whose next part is in lower case."""
    if token.text in ("\u2013", "\u2014", "--"):
        return True
    if token.text != "-":
        return False
    if bool(token.whitespace_) or (token.i > 0 and bool(token.doc[token.i - 1].whitespace_)):
        return True
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text[:1].isupper()
