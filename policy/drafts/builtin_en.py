"""The English built-in texts, one per step kind: first line `Subject:` (drafts)
or `Title:` (events), a blank line, then the body. `$name` / `${name}` are
the placeholders of `policy.drafts.values`; `$$` is a dollar sign.

They close on availability, never on waiting for an answer (B2).
"""

from __future__ import annotations

DRAFTS: dict[str, str] = {
    "thank_you": """Subject: Thank you for ${interview_ref}

${greeting}

Thank you for ${interview_ref} about ${position_phrase} at ${company}, and for the time \
you gave me.

Our conversation gave me a clearer picture of what is at stake in the role: ${recap}.

I would also like to mention one point we did not cover: ${points}.

Our meeting made me all the more motivated for this role. I remain available should \
you need any further information.

Kind regards,
${signature}
""",
    "follow_up": """Subject: My application at ${company}

${greeting}

Following ${interview_ref} about ${position_phrase}, I would like to confirm that \
I am still very interested in this role at ${company}, and available for the next steps.

I believe I can bring what the role needs: ${strengths}.

I would also like to add something to my application: ${news}.

I would be glad to send any document that may help, as well as references.

Kind regards,
${signature}
""",
    "feedback_request": """Subject: Your feedback on my application

${greeting}

Thank you for letting me know your decision about ${position_phrase} at ${company}.

So that I can improve, I would appreciate knowing why my application was not \
selected, and what I could do better: my profile, my CV or how I came across in the \
interview. Any criticism, even blunt, will be useful to me.

A few lines would be plenty. Thank you in advance for your time.

Kind regards,
${signature}
""",
    "skills_clarification": """Subject: A clarification on my application at ${company}

${greeting}

Thank you for your reply about ${position_phrase}. You mention that my profile lacks: \
${missing_skill}. Allow me to clarify: I do have this skill, but I probably \
did not show it clearly enough during ${interview_ref}.

For example: ${skill_proof}.

I am still very motivated by this role, and I wanted you to have this information. \
Thank you for your attention.

Kind regards,
${signature}
""",
    "future_opening": """Subject: Proposal to meet – ${company}

${greeting}

We spoke during ${interview_ref}, about my application for ${position_phrase} at \
${company}. You told me then that other opportunities might come up.

I am still very interested in ${company}. Could we arrange a meeting, by phone or \
at your offices, at a time that suits you?

Kind regards,
${signature}
""",
    "reapply": """Subject: New application – ${company}

${greeting}

We spoke during ${interview_ref} about ${position_phrase} at ${company}. My \
application was not selected then: my profile lacked ${missing_skill}.

My profile has changed since: ${changes}.

I am therefore applying again, and you will find my updated CV attached.
${attach_reminder}

Could we discuss it, at your convenience?

Kind regards,
${signature}
""",
}

_DRAFT_EVENT = """Read the "${step}" draft prepared for ${company}, fill in each \
[TO FILL IN: …] passage, then send it yourself: relance never sends mail."""

EVENTS: dict[str, str] = {
    "thank_you": f"""Title: Send the thank-you note – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

The thank-you goes out the day after the interview, 48 hours later at the latest.
${{reason_line}}
""",
    "follow_up": f"""Title: Send the follow-up – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

Say you are still interested and available, recall your strengths and bring \
something new. Do not write that you are waiting for an answer, and do not mention \
an offer from another company.
${{reason_line}}
""",
    "feedback_request": f"""Title: Ask for feedback on the refusal – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

Send it two or three days after the refusal at the latest, while the recruiter still \
remembers you well. Be ready to hear criticism.
${{reason_line}}
""",
    "skills_clarification": f"""Title: Clarify a skill – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

Prove the skill with a concrete example. Do not ask for a new interview.
${{reason_line}}
""",
    "future_opening": f"""Title: Get back in touch about a new opening – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

The recruiter left the door open: recall your application and propose a meeting.${{opening_line}}
${{reason_line}}
""",
    "reapply": f"""Title: Apply again – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

Attach your updated CV and say what has changed in your profile since the refusal.
${{reason_line}}
""",
    "debrief": """Title: Note what comes next: delay, channel, contact – ${company}

Add to the description of ${the_interview} what the recruiter said about the next \
steps. Still missing:
${missing_lines}

These lines set the date of the follow-up and the right person to contact.
${reason_line}
""",
    "call": """Title: Call ${call_target}: where does the process stand? – ${company}

Script:
"Hello, this is ${signature}. We spoke during ${interview_ref} about \
${position_phrase}. I am calling to ask where the recruitment process stands. If it \
helps, I can send you references from my former employers."

If nobody answers: leave one short voicemail rather than calling again several \
times the same day.

After this call, relance will propose no further contact for this interview round: \
a fourth attempt would start to look like harassment.
${reason_line}
""",
    "interview_question": """Title: Is this a job interview? ${event_title}

relance cannot tell whether the event "${event_title}" on ${interview_date} is a job \
interview. Until you answer, no follow-up is planned for it.

To answer, run one of these commands:
  relance confirm-interview ${event_ref} yes
  relance confirm-interview ${event_ref} no
or add #candidature (yes) or #pas-candidature (no) to the event's description. \
relance follows your answer at its next cycle.
${reason_line}
""",
    "discrimination_info": """Title: Refusal: the reason may be discriminatory – ${company}

The reason ${company} gave for turning down your application may be \
discriminatory: French law forbids rejecting a candidate because of their origin, \
nationality, appearance, age, sex, pregnancy, family situation, health or \
disability, religion, political or union views, place of residence or surname, \
among others.

You can refer the matter to the Défenseur des droits (the French rights \
ombudsman): www.defenseurdesdroits.fr, or by phone on 3928.

relance will write no draft to the recruiter for this application.
${reason_line}
""",
    "confirm_reading": """Title: Reply ${reply_from} to read: refusal, wait or next step?

${company} replied ("${reply_subject}", ${reply_date}), but relance is not sure how to \
read this message: it reads "${reading}" (probability ${reading_confidence}), from: \
${reading_reasons}.

Until you read it, relance writes no more follow-up to the recruiter for this round \
and draws no consequence from this message. Read it, then tell relance what it says, \
replacing WORD with refusal, wait, next, offer or other (or skills, opening, \
categorical for a refusal):
${confirm_command}

In Gmail, the label relance/WORD (relance/refusal, relance/wait…) put on the message \
gives the same answer. The next cycle follows your reading.
${reason_line}
""",
    "contact_needed": """Title: Who should relance write to for ${company}?

relance found no person to write to for ${company}: \
the drafts (${waiting_steps}) wait for a recipient.

Addresses seen, and why they were set aside:
${addresses_seen}

Name the person to write to, and relance writes the drafts at the next cycle:
${contact_command}
${reason_line}
""",
}
