"""Episodes (plan §3-§6): trigger -> proposal -> sign-off -> in force -> upgrade/downgrade/lift -> ended ->
summaries. The public face of the package; import from here.

- records.py   record types, vocabulary, content hash, proposal loaders
- ops.py       state changes: triggers, upper notices, consultations, proposals, summaries
- query.py     state, level in force, deadlines, pending signatures, summaries status
- signoff.py   sign(): the approval chain
- timeline.py  the episode's events in time order, each with the level it concerns
- workflow.py  the current assessment and the next action (for the warnings page, overview and drill runner)
- bulletin.py, cap.py  bulletins and their CAP 1.2 form
The SQL is in the repositories console/store/episodes.py, proposals.py and publications.py.

Every state change is one transaction with audit records; times come from store.clock.
"""
from __future__ import annotations

from console.episodes.ops import (  # noqa: F401
    TRIGGER_ROLES,
    acknowledge_notice,
    end_problems,
    forecast_reached,
    lift_problems,
    propose,
    receive_notice,
    record_consultation,
    record_joint_assessment,
    record_summary,
    record_trigger,
    revise_proposal,
    upper_warnings_in_force,
    withdraw_proposal,
)
from console.episodes.query import (  # noqa: F401
    PendingSignature,
    ResponseDeadline,
    SummaryRecord,
    SummaryStatus,
    approver_role,
    consultations,
    current_episode,
    episodes,
    get_episode,
    joint_assessments,
    latest_episode,
    level_changes,
    level_in_force,
    level_intervals,
    next_consultation,
    pending_signatures,
    plot_intervals,
    received_notices,
    response_deadlines,
    signoff_chain,
    summaries_status,
    summary_units,
    unacknowledged_notices,
    upper_notices,
)
from console.episodes.records import (  # noqa: F401
    APPROVE,
    APPROVED,
    DOWNGRADE,
    END,
    ENDED,
    IN_FORCE,
    KIND_CN,
    KINDS,
    LIFT,
    OPEN,
    PENDING,
    REJECT,
    REJECTED,
    START,
    STATUS_CN,
    STEP_CN,
    UPGRADE,
    WITHDRAWN,
    Consultation,
    Episode,
    JointAssessment,
    LevelChange,
    Proposal,
    ReceivedNotice,
    Signature,
    Step,
    Trigger,
    content_hash,
    get_proposal,
    proposal_versions,
    proposals,
)
from console.episodes.signoff import SignResult, sign  # noqa: F401
from console.episodes.timeline import TimelineEvent, timeline  # noqa: F401
