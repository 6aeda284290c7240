"""What a decision's text may end with and is not the decision: the next one's lead-in, who
reports it, when or why it was taken, its legal ground, a praise after the vote (issue 14).
Used by :mod:`segment` to trim each piece."""

from __future__ import annotations

import re

from tracker.domain.communique import phrases
from tracker.domain.communique.fold import alternation

# What a decision cut before the next one may end with: "…، وفي هذا الإطار" (the next
# decision's lead-in), a dangling "كما" or "و".
TRAILING = re.compile(
    r"(?P<tail>(?:\s*[،,]?\s*(?:و\s*)?(?:في\s+هذا\s+(?:ال)?(?:اطار|صدد|سياق)|بهذه\s+المناسبه|بالمناسبه|كما|ايضا))+\s*[،,]?\s*$"
    r"|\s*[،,]\s*و?\s*$"
    # "…, annonce un communiqué du parti"، "…، حسب بلاغ للعصبة": who reports it
    r"|\s*[،,]\s*(?:annonce|indique|precise|souligne|ajoute|rapporte)\s+(?:un|le|l')\s*communique[^,،.]*$"
    # "…, indique la Fédération, soulignant que …": who says it, then its comment
    r"|\s*,\s*(?:indique|precise|souligne|ajoute)\s+(?:la|le|l')\s*(?:federation|ligue|bureau|parti|conseil)\b[^.]*$"
    r"|\s*[،,]\s*(?:حسب|وفق|وفقا ل|يضيف|اضاف|كما\s+جاء\s+في)\s*(?:ال)?بلاغ[^,،.]*$"
    # "…، وذلك خلال أشغال الجلسة الثانية من دورة أكتوبر": when, not what
    r"|\s*[،,]\s*وذلك\s+(?:خلال|في|اثناء|بعد|عقب|اثر|علي\s+اثر)\s+(?:اشغال\s+)?(?:ال)?(?:جلس|دور|اجتماع|لقاء)[^،,.]*$"
    # "…، طبقا لما ينص عليه الفصل 81 من نظامه الأساسي": the legal basis, not the decision
    r"|\s*[،,]\s*(?:طبقا|وفقا|تطبيقا|عملا)\s+(?:لما\s+ين[صن]\S*|لمقتضيات|للماده|للفصل|لل?قانون|للنظام)[^،,.]*$"
    # "…، لمباراة واحدة وذلك بعد طرده في المباراة …": why a sanction was given
    r"|\s*[،,]?\s*وذلك\s+(?:بعد\s+(?:طرد|ارتكاب|حصول|احتجاج|اعتداء)|بسبب|نتيجه|علي\s+اثر|اثر)[^.]*$"
    # "…، وذلك بناء على المادة 85 من قانون العقوبات": the ground of a sanction
    r"|\s*[،,]?\s*و?\s*(?:ذلك\s+)?(?:بناء|استنادا)\s+علي\s+(?:ال)?(?:ماده|مادتين|مواد|فصل|مذكره|مقتضيات|قانون|مدونه)[^.]*$"
    # "…, conformément aux articles 105 et 77 du code disciplinaire", "(art.105 du code …)"
    r"|\s*,?\s*(?:selon\s+l'article|en\s+violation\s+d|conformement\s+aux\s+articles|suite\s+a\s+son)[^.]*$"
    r"|\s*\((?:art\.?|article)\s*[\d\-. ]+\s*(?:du\s+code\s+\w+)?\)\s*$"
    r"|\s*[،,]\s*conformement\s+(?:aux?|a\s+l')\s*(?:dispositions|article|statuts|loi)[^,.]*$"
    # "…، بعد أن كان مقررا انعقادها يوم …": what had been planned before, not the decision
    r"|\s*[،,]\s*(?:بعد|قبل)\s+ان\s+(?:كان|كانت|يتم|تم)\s[^.]*$"
    # "… renvoyer X du parti et a appelé au respect …": a second verb, a position
    r"|\s*,?\s+et\s+(?:a|ont)\s+(?:appele|salue|condamne|denonce|exprime|affirme|souligne|reitere)(?![a-z])[^.]*$"
    # "…، بعد توقفها بسبب ظروف قاهرة، في انتظار الإعلان …": why and what is awaited
    r"|\s*[،,]\s*(?:بعد\s+\S+\s+بسبب|في\s+انتظار)\s[^.]*$"
    # "…، منوهين بالنتائج …": the members' praise after their vote, a position
    r"|\s*[،,]\s*(?:منوهين|منوهات|مشيدين|مثمنين|معربين|مهنئين)\s[^.]*$"
    # "…، مشيدا باعتبار يوم 31 أكتوبر …"، "…، كما يثمن المبادرات …": the body's praise after it
    r"|\s*[،,]\s*(?:مشيدا|مشيده|منوها|منوهه|مثمنا|مثمنه|معربا|معربه|مهنئا|مهنئه)\s[^.]*$"
    rf"|\s*[،,]\s*و?كما\s+(?:{alternation(phrases.POSITION_VERBS)})(?!\w)[^.]*$"
    ")"
)
# "اتفاقية لتمويل A وتأهيل B بين وكالة … وعمالة … والمجلس الجماعي": the purpose, then its
# parties, which are no part of what to do (not "اتفاقية شراكة بين A وB لـ…": parties first)
CONVENTION_PARTIES = re.compile(  # used with .match
    r"(?:ال)?اتفاقي(?:ه|ات)\s+(?:(?:شراكه|تعاون|اطار)\s+)?(?:ل(?!ل)\w|من\s+اجل|حول|بشان|قصد|تهم|تتعلق)"
    r"[^.]*?(?P<tail>\s+بين\s+[^،,.]+?\s+و[^،,.]+)$"
)

# "…, indique la Fédération, soulignant que …": what follows is the report's comment, not more
# decisions to cut
REPORTED = re.compile(
    r",\s*(?:indique|precise|souligne|ajoute)\s+(?:la|le|l')\s*(?:federation|ligue|bureau|parti|conseil)\b"
)
