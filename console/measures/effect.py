"""Who may change a response-measure board's level or close it (issue 13.4).

A board follows the sign-off: it is brought to a level, or closed, as the effect of the signature whose approval
completes a proposal, inside that signature's already-checked transaction (console.episodes.signoff), recorded
under the signer's name. The board functions still take the Actor and the signature and verify, in the same
transaction, that this signature really is that approval — so calling them on their own with a made-up or
unrelated signature, a bare name or another role is refused and audited. Outside a sign-off only an
administrator may (a repair, on the record under that name).
"""
from __future__ import annotations

import json
from contextlib import contextmanager

from console.admin import session
from console.admin.session import Actor
from console.store import proposals as proposals_repo
from console.store.db import Store

#: who may bring a board to a level or close it outside a sign-off (a repair, recorded as such): the account
#: administrator only, who can already create the signing accounts; everyone else only through a signature
BOARD_ADMIN = "admin"
LEVEL_KINDS, END_KINDS = ("start", "upgrade", "downgrade"), ("lift", "end")


@contextmanager
def board_write(store: Store, actor: Actor, episode_id: str, signature_id: int | None, kinds, level=None):
    """The write transaction of a board change. With `signature_id` (the normal path: a side effect of the
    signature that makes a level take effect, inside that signature's transaction) the signature must be
    `actor`'s approval of the LAST step of a proposal of `kinds` (and `level`) for this episode; without it
    only an administrator may. Anything else is refused and recorded (auth.refused)."""
    if signature_id is None:
        with session.authorized(store, actor, BOARD_ADMIN) as conn:
            yield conn
        return
    with session.authorized(store, actor) as conn:
        sig = proposals_repo.signature(store, signature_id)
        ver = proposals_repo.version(store, sig["proposal_id"]) if sig else None
        if not (sig and ver and sig["username"] == actor.username and sig["decision"] == "approve"
                and sig["step"] == len(json.loads(ver["steps"])) - 1 and str(ver["episode_id"]) == episode_id
                and ver["kind"] in kinds and (level is None or ver["level"] == level)):
            raise session.denied(actor, f"签署 #{signature_id} 不是使事件 {episode_id} 的该项变更生效的最后一步批准，"
                                        f"不能据此变更响应措施看板 signature {signature_id} does not put this "
                                        "change into effect")
        yield conn
