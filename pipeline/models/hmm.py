"""A BIO hidden Markov model over LF votes, fitted by EM.

Hidden state = the true BIO tag of a token. Each LF emits, given the state, one outcome out
of ``n_tags + 1`` (a tag vote or abstain) from its own confusion matrix
``conf[lf, state, outcome]``; LFs are independent given the state. Transitions that would make
invalid BIO (``I-X`` after ``O`` or another type, or at a sentence start) have probability 0.

What the votes allow (see :mod:`~wsl.pipeline.models.votes`). Each LF's own votes are first
made valid BIO (an orphan ``I-X`` becomes ``B-X``). A token's entity states are then only the
types some LF votes on it (``voted_types``), and a token without entity votes is ``O``. EM can
relabel a voted token among its voted types and re-segment runs of voted tokens, never move a
token to a type nobody voted there: without this, log-likelihood rises while F1 falls (a type
becomes a catch-all for tokens other types' LFs vote), and the result depends on the number of
EM iterations; with it, it does not.

When ``O`` may explain a voted token (``o_on_voted``), i.e. drop a spurious span. Always
(``True``) wins big where LFs' false positives can be told from their votes (16 simulated LFs of
mixed accuracy: 55-66 -> 85-87 span F1) and loses where they cannot: a precise rule that finds
the names the lists miss votes where every other LF abstains, just like noise, and EM learns it
as an ``O`` voter (13-23 points lost on simulated lists + rules; real README text .810 ->
.748). Never (``False``) keeps every span. The default, ``"checked"``, lets ``O`` explain a
token only where every LF voting an entity there is *checkable*: its entity votes are seen by
some other, non-twin LF on at least ``o_check_min`` (half) of them, one standard error below
the observed share (:func:`~wsl.pipeline.models.votes.corroboration`). Such an LF's lone votes
are weighed against the other LFs' abstentions by what EM learned of it; the votes of an LF the
others rarely see (rules, the one list holding a name) stay entities, as before. Measured (see
``bench/simulated.py`` and the README): at or near the better of the two on the simulated
suites (an LF so noisy that the others see under half its votes passes for a rule), above
``mv`` on all 60 random ones, and no protocol valid split or dev figure below never.

Correlated LFs. Identical columns (after repair) are merged into one; an LF whose entity votes
mostly repeat another's (a cased list inside its uncased twin) has its log-likelihood scaled
down by its overlap (``twin_overlap``), so the twins of one list are not two witnesses.

Votes seen (``o_abstain``, default on): an ``O`` vote on a token where another LF votes an
entity counts as an abstain, as in WRENCH's majority vote -- LFs that vote ``O`` everywhere
would otherwise outvote every rare entity vote -- except right beside the same LF's own
entity vote, where the ``O`` says "my span ends here" and is kept (``edge_o="keep"``). An LF
whose ``O`` is its default rather than a decision (``o_default``: it votes ``O`` on nearly
every token it tags nothing on, as every LF in WRENCH's files does) has all its other ``O``
votes read as abstentions too. Else "abstain" would mean "hidden because another LF voted an
entity here", an outcome ``O`` can hardly produce, and ``O`` could never take a voted token
of such a suite whatever ``o_on_voted`` says (simulated suites in WRENCH's form: the checked
default then equals never; with it, it gains as in the abstaining form, e.g. 55-66 -> 85-87
span F1 on ``mixed16``; the protocol's valid splits and dev are unchanged).

EM starts from the WRENCH-style majority vote (its tags give the first M-step), so the model
begins where MV is and moves only where the data pull it. Dirichlet pseudo-counts
(``prior_diag`` on the "vote = state" outcome, ``prior_off`` on every outcome) keep all
probabilities positive without diluting a rarely-firing LF: its few votes against the many
non-votes of other states still give it a large likelihood ratio.

Calibration. The posteriors are near-certain (a voted token is an entity, an unvoted one O,
by construction), while on the dev corpus 40% of voted tokens and 8% of unvoted ones are
wrong. Every marginal is mixed with the class balance (the mean marginal of the fitted
corpus) at weight ``shrink``: no gold is needed, the decoded tags barely move (one token
changes over all bench splits, on NCBI-Disease valid, where B and I were near-tied), and the
dev corpus's token ECE drops from 0.104 to 0.045.

Semi-supervised (``fit(..., gold=...)``): tokens with a known gold tag are clamped to it --
their emission is one-hot on the gold state, so their posteriors are the gold tags and each
LF's confusion counts on them come from real evidence -- while EM runs on the unlabelled rest
as before. A clamped token may be in any state (the voted-types restriction does not apply to
it). The gold also widens what the votes allow elsewhere: where an LF's votes of type ``X``
were, on the gold tokens, type ``Y`` for at least ``remap_min`` of them (half: the LF's ``X``
means ``Y`` in this schema), or ``O`` for at least ``remap_o_min`` (the LF is often wrong here),
and for ``remap_count`` tokens, ``Y`` (or ``O``) becomes a possible state of every token with
such a vote, so the learned confusion can remap an LF that means another type in this schema,
or down-weight one that is wrong here. A minority of another type is not enough: once ``Y`` is
open on every vote of the LF, EM moves the votes no other LF supports to ``Y`` by the
abstentions of the other ``X`` LFs, whatever the gold share (``remap_min`` 0.2 measured 0.5-0.6
points below the unsupervised fit on 2 of 6 samples of 1,000 dev sentences: one LF's trees all
became Architecture). ``O`` at 0.2 is kept: an LF mined from the sample abstaining there is what
should drop another LF's span (the learning curve's ``both`` gains from it). EM starts from
the majority vote with such votes counted as ``Y`` by their gold share (``remap_start``), else
unlabelled tokens, far more numerous, would pin the LF to ``X``. Gold counts weigh
``gold_weight`` times an unlabelled token's in the M-step; a gold token whose gold state its
votes cannot reach (an entity no LF votes) is not counted (``gold_unreached``). Gold sentences
are always in the fit sample.

Speed: rows of ``L`` are deduplicated (real LF matrices repeat a few vote patterns), all vote
preprocessing after the first pass works on those distinct rows, emissions are a sparse
one-hot product over them, forward-backward runs all sentences in lockstep by position (see
:mod:`lockstep`) on contiguous slices, and BLAS is held to one thread (its threads only slow
these small products on a shared machine). A token no LF votes an entity on can only be
``O``, which cuts its sentence into independent parts: forward-backward visits only the runs
of other tokens, each with the certain token on either side (10% of the dev corpus's tokens;
same posteriors, counts and log-likelihood to 1e-14, fit 0.23 -> 0.20 s, prediction 0.40 ->
0.25 s).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

if TYPE_CHECKING:
    import scipy.sparse as sp

from wsl.core.bio import sentence_starts
from wsl.core.errors import WslError
from wsl.pipeline.models.base import LabelModel
from wsl.pipeline.models.lockstep import Lockstep, Segments, segments
from wsl.pipeline.models.votes import (
    break_ties,
    corroboration,
    distinct_columns,
    io_to_bio_ids,
    repair_lf_bio,
    spread_types_to_bio,
    twin_weights,
    type_votes,
    unique_rows,
    voted_states,
)

log = logging.getLogger(__name__)


_DEAD_FLOOR = 1e-30  # transition/start probability of a type that was dead at fit time


def _one_hot_votes(L: np.ndarray, n_out: int) -> sp.csr_matrix:
    """Sparse (n_rows, n_lfs * n_out) indicator; abstain (-1) maps to outcome ``n_out - 1``."""
    import scipy.sparse as sp  # here, not at import: scipy costs start-up time

    n, m = L.shape
    cols = (np.arange(m) * n_out)[None, :] + np.where(L < 0, n_out - 1, L)
    data = np.ones(n * m)
    return sp.csr_matrix((data, cols.ravel(), np.arange(0, n * m + 1, m)), shape=(n, m * n_out))


def cut_long(sent_ids: np.ndarray, max_run: int) -> np.ndarray:
    """Sentence ids with every sentence longer than ``max_run`` cut into runs of that length.

    Forward-backward steps through all sentences by position, so one 3,000-token "sentence"
    (a table or list in the source) costs 3,000 Python-level steps; cutting it costs only
    the transition across each cut, which no entity spans in practice.
    """
    starts = sentence_starts(sent_ids)
    first = np.maximum.accumulate(np.where(starts, np.arange(len(sent_ids)), 0))
    pos = np.arange(len(sent_ids)) - first
    return np.cumsum(starts | ((pos % max_run == 0) & (pos > 0)))


def _can_vote(rows: np.ndarray, n_tags: int) -> np.ndarray:
    """Boolean (n_lfs, n_tags): which tags each LF votes somewhere (B-X implies I-X and back)."""
    m = rows.shape[1]
    out = np.zeros((m, n_tags + 1), dtype=bool)
    for j in range(m):
        out[j, np.unique(rows[:, j])] = True  # -1 lands in the spare last column
    out = out[:, :n_tags]
    ent = out[:, 1:].reshape(m, -1, 2).any(axis=2)
    out[:, 1:] = np.repeat(ent, 2, axis=1)
    return out


def forward_backward(
    emit: np.ndarray, trans: np.ndarray, start: np.ndarray, lay: Lockstep
) -> tuple:
    """Scaled forward-backward over many sentences at once.

    ``emit`` (n_tokens, S) is in the lockstep's position-major order (``emit[k]`` belongs to
    token ``lay.flat[k]``), so every step works on contiguous slices. Returns ``gamma``
    (n_tokens, S) state posteriors in the same order, ``xi`` (S, S) expected transition counts,
    ``first`` (S,) summed posteriors at sentence starts, and the log-likelihood (up to the
    emission scale, which the caller adds).
    """
    n, s = emit.shape
    off, act = lay.offsets, lay.n_active
    alpha = np.empty((n, s))
    scale = np.empty(n)
    a = start[None, :] * emit[: off[1]]
    scale[: off[1]] = a.sum(axis=1)
    alpha[: off[1]] = a / scale[: off[1], None]
    for t in range(1, lay.max_len):
        lo, hi, p = off[t], off[t + 1], off[t - 1]
        a = (alpha[p : p + act[t]] @ trans) * emit[lo:hi]
        scale[lo:hi] = a.sum(axis=1)
        alpha[lo:hi] = a / scale[lo:hi, None]
    beta = np.ones((n, s))
    xi = np.zeros((s, s))
    for t in range(lay.max_len - 1, 0, -1):
        lo, hi, p = off[t], off[t + 1], off[t - 1]
        q = beta[lo:hi] * emit[lo:hi] / scale[lo:hi, None]  # the message token t sends back
        beta[p : p + act[t]] = q @ trans.T
        xi += alpha[p : p + act[t]].T @ q
    xi *= trans
    gamma = np.multiply(alpha, beta, out=alpha)
    gamma /= gamma.sum(axis=1, keepdims=True)
    return gamma, xi, gamma[: off[1]].sum(axis=0), float(np.log(scale).sum())


def piecewise_forward_backward(
    emit: np.ndarray, trans: np.ndarray, start: np.ndarray, seg: Segments, n: int
) -> tuple:
    """:func:`forward_backward` over the pieces of :func:`~lockstep.segments`, completed to
    the whole sentences of ``n`` tokens.

    ``emit`` holds the rows of ``seg.rows`` (a certain-O token's row is ``O`` alone, scaled to
    1). Returns ``gamma`` (n, S) in token order -- ``O`` on every certain token --, ``xi`` with
    the O->O pairs between certain tokens, ``first`` over the sentence starts, and the
    log-likelihood of the whole sentences: a piece opening on a certain token was started
    with ``start[O]``, which only a sentence's certain first token earns.
    """
    s = trans.shape[0]
    gamma = np.zeros((n, s))
    gamma[:, 0] = 1.0
    xi, ll = np.zeros((s, s)), 0.0
    if len(seg.rows):
        g, xi, _, ll = forward_backward(emit, trans, start, seg.lay)
        gamma[seg.rows] = g
    xi[0, 0] += seg.n_oo
    with np.errstate(divide="ignore"):
        ll += (seg.n_first_certain - seg.n_entry) * float(np.log(start[0]))
        ll += seg.n_oo * float(np.log(trans[0, 0])) if seg.n_oo else 0.0
    return gamma, xi, gamma[seg.starts].sum(axis=0), ll


class HMMModel(LabelModel):
    """BIO HMM with per-LF confusion matrices (see module docstring).

    Parameters (``**params``)
    -------------------------
    n_iter : maximum EM iterations (few are needed: with the voted-type constraint the result
        barely moves after the first; measured on the bench sets)
    tol : stop when the log-likelihood gains less than ``tol`` per token
    prior_diag : Dirichlet pseudo-count on "vote = state" (on "abstain" for tags the LF never
        votes)
    prior_off : Dirichlet pseudo-count per (LF, state) row, spread evenly over all outcomes
    prior_trans : pseudo-count on every allowed transition
    o_abstain : hide O votes beside other LFs' entity votes (see module docstring)
    edge_o : "keep" (default), "abstain" or "own" (a separate outcome; measured worse on WRENCH)
    repair_bio : make each LF's own votes valid BIO first (an orphan ``I-X`` becomes ``B-X``)
    voted_types : a token's entity states are only the types some LF votes on it
    o_on_voted : may the O state explain a token on which some LF votes an entity: ``True``
        (always), ``False`` (never) or ``"checked"`` (default: where every LF voting an entity
        there is checkable, see the module docstring)
    o_check_min : how surely (Wilson lower bound, one standard error) an LF's entity votes must
        be seen by other, non-twin LFs for it to be checkable
    o_default : an LF that votes ``O`` on at least this share of the tokens it tags no entity
        on (WRENCH's LFs: all of them) has ``O`` as its default, not a decision: its ``O``
        votes count as abstentions except beside its own entity votes (above 1: never)
    twin_overlap : overlap from which two LFs count as twins (see
        :func:`~wsl.pipeline.models.votes.twin_weights`; above 1 = off)
    init : "soft" (majority-vote shares, ties kept) or "hard" (MV tags); see :meth:`_mv_start`
    shrink : weight of the class balance (the fitted corpus's mean marginal) mixed into every
        token's marginals; the HMM's own marginals are near-certain even where the votes are
        often wrong (see "Calibration" in the module docstring)
    max_fit_tokens : fit on a seeded sample of whole sentences this large (None = all tokens)
    max_run : sentences longer than this are cut into runs for forward-backward
    gold_weight : weight of a clamped (gold) token's counts in the M-step (semi-supervised)
    gold_share : raise that weight so the gold tokens hold at least this share of the counts
    gold_unreached : weight factor of gold tokens whose gold state their votes cannot reach (an
        entity no LF votes): counted in full they teach every LF to expect to miss, which
        measured worse on MIT-Restaurant (0.481 vs 0.488 unsupervised; 0.489 with 0)
    remap_min, remap_o_min, remap_count : share of an LF's type-``X`` votes on gold tokens
        that must be type ``Y`` (``remap_min``; 0.5, most of them) or O (``remap_o_min``), and
        how many tokens (``remap_count``), for ``Y`` or O to become a possible state beside its
        ``X`` votes (see the module docstring)
    remap_start : gold votes an LF's type-``X`` votes need before EM starts with them counted as
        the types they were remapped to (by their gold shares; never O)
    """

    name: ClassVar[str] = "hmm"
    summary: ClassVar[str] = "BIO hidden Markov model fitted by EM"
    defaults: ClassVar[dict[str, Any]] = {
        "n_iter": 10,
        "tol": 1e-3,
        "prior_diag": 2.0,
        "prior_off": 0.4,
        "prior_trans": 1.0,
        "o_abstain": True,
        "edge_o": "keep",
        "repair_bio": True,
        "voted_types": True,
        "o_on_voted": "checked",
        "o_check_min": 0.5,
        "o_default": 0.95,
        "twin_overlap": 0.95,
        "init": "soft",
        "shrink": 0.35,
        "max_fit_tokens": 100_000,
        "max_run": 256,
        "gold_weight": 1.0,
        "gold_share": 0.0,
        "gold_unreached": 0.0,
        "remap_min": 0.5,
        "remap_o_min": 0.2,
        "remap_count": 2,
        "remap_start": 5,
    }
    uses_gold: ClassVar[bool] = True

    @property
    def _n_out(self) -> int:
        return self.tagset.n_tags + 1 + (self.params["edge_o"] == "own")

    def _votes(self, L: np.ndarray, sent_ids: np.ndarray) -> np.ndarray:
        """``L`` as the model sees it (see :meth:`_votes_dense`), computed on the rows that can
        change -- those with an entity vote and their neighbours in the same sentence, a
        tenth to a third of a typical matrix -- and copied for the rest, which hold only O
        votes and abstains and are left as they are."""
        L = np.asarray(L)
        ent_row = (L > 0).any(axis=1)
        starts = sentence_starts(sent_ids)
        keep = ent_row.copy()
        keep[1:] |= ent_row[:-1] & ~starts[1:]
        keep[:-1] |= ent_row[1:] & ~starts[1:]
        rows = np.flatnonzero(keep)
        out = L.astype(np.int16)
        default = getattr(self, "o_default_", None)
        if default is not None and default.any():  # far from any entity vote: no edge
            cols = np.flatnonzero(default)
            block = out[:, cols]
            block[(block == 0) & ~keep[:, None]] = -1
            out[:, cols] = block
        if len(rows):
            # a gap between two kept rows holds no entity vote, so it ends a run just as a
            # sentence start does: for the repair and the neighbour test alike
            cut = np.ones(len(rows), dtype=bool)
            cut[1:] = (rows[1:] != rows[:-1] + 1) | starts[rows[1:]]
            out[rows] = self._votes_dense(L[rows], np.cumsum(cut))
        return out

    def _votes_dense(self, L: np.ndarray, sent_ids: np.ndarray) -> np.ndarray:
        """``L`` as the model sees it, every column: BIO-repaired per LF, O votes hidden as
        described below (duplicate columns are dropped later, on the distinct rows).

        With ``o_abstain``, an O vote on a token where another LF votes an entity is an
        abstain -- unless it sits right beside the same LF's own entity vote (it then marks
        where that LF's span ends): ``edge_o="keep"`` keeps it as an O vote, ``"own"`` makes it
        a separate outcome (code ``n_tags``), ``"abstain"`` hides it too. An LF whose ``O`` is
        its default (``o_default_``) has every ``O`` vote but those edges hidden.
        """
        if self.params["repair_bio"]:
            L = repair_lf_bio(L, sent_ids)
        if not self.params["o_abstain"]:
            return L
        ent = L > 0
        starts = sentence_starts(sent_ids)
        near = np.zeros_like(ent)
        near[1:] |= ent[:-1] & ~starts[1:, None]
        near[:-1] |= ent[1:] & ~starts[1:, None]
        edge = (L == 0) & near if self.params["edge_o"] != "abstain" else np.zeros_like(ent)
        hide = ent.any(axis=1, keepdims=True) & (L == 0) & ~edge
        default = getattr(self, "o_default_", None)
        if default is not None:
            hide |= default[None, :] & (L == 0) & ~edge
        out = np.where(hide, -1, L)
        if self.params["edge_o"] == "own":
            out = np.where(edge, self.tagset.n_tags, out)
        return out.astype(np.int16)

    def _allowed(self, rows: np.ndarray) -> np.ndarray:
        """Possible states per distinct vote row (all states without ``voted_types``), widened
        by the remapping learned from gold (see :meth:`_learn_remap`)."""
        s = self.tagset.n_tags
        if not self.params["voted_types"]:
            return np.ones((rows.shape[0], s), dtype=bool)
        mode = self.params["o_on_voted"]
        checkable = getattr(self, "checkable_", None) if mode == "checked" else None
        out = voted_states(rows, s, mode is True, checkable)
        remap = getattr(self, "remap_", None)
        if remap is None or not remap.any():
            return out
        r, c = np.nonzero((rows > 0) & (rows < s))
        types = np.zeros((rows.shape[0], remap.shape[2]), dtype=np.int64)
        np.add.at(types, r, remap[c, (rows[r, c].astype(np.int64) + 1) // 2])
        types = types > 0
        out[:, 0] |= types[:, 0]
        out[:, 1:] |= np.repeat(types[:, 1:], 2, axis=1)
        return out

    def _o_default(self, L: np.ndarray) -> np.ndarray | None:
        """Per LF, whether ``O`` is its default rather than a decision: it votes ``O`` on at
        least ``o_default`` of the tokens it tags no entity on (None with ``o_abstain`` off)."""
        if not self.params["o_abstain"]:
            return None
        rest = (L <= 0).sum(axis=0)
        share = np.divide((L == 0).sum(axis=0), rest, out=np.zeros(L.shape[1]), where=rest > 0)
        return (share >= float(self.params["o_default"])) & (rest > 0)

    def _checkable(self, tag_votes: np.ndarray, counts: np.ndarray) -> np.ndarray | None:
        """Per (merged) column, whether its entity votes are seen by other LFs surely enough
        (``o_check_min``) for ``O`` to explain a token it votes on; never for ``derived_lfs``
        (they copy what the other LFs found); None unless ``o_on_voted="checked"``."""
        mode = self.params["o_on_voted"]
        if mode not in (True, False, "checked"):
            raise WslError(f"hmm o_on_voted must be true, false or 'checked', not {mode!r}")
        if mode != "checked":
            return None
        twin = float(self.params["twin_overlap"])
        ok = corroboration(tag_votes, twin, counts) >= float(self.params["o_check_min"])
        if self.derived_lfs and self.lf_names:  # agreeing by construction checks nothing
            names = np.asarray(self.lf_names, dtype=object)[self.keep_cols_]
            ok &= ~np.isin(names, list(self.derived_lfs))
        return ok

    def _learn_remap(self, rows: np.ndarray, gold: np.ndarray) -> np.ndarray:
        """Boolean (n_lfs, n_types + 1, n_types + 1): ``[j, x, y]`` = LF ``j``'s type-``x``
        votes were type ``y`` (0 = O) on the gold tokens often enough (``remap_min`` of them,
        ``remap_o_min`` for O, and at least ``remap_count``) for ``y`` to be possible wherever
        ``j`` votes ``x``.

        ``rows``: the model's votes on the gold tokens; ``gold``: their tag ids.
        """
        s = self.tagset.n_tags
        k = (s - 1) // 2 + 1
        r, c = np.nonzero((rows > 0) & (rows < s))
        x = (rows[r, c].astype(np.int64) + 1) // 2
        y = (gold[r] + 1) // 2
        m = rows.shape[1]
        cnt = np.bincount((c * k + x) * k + y, minlength=m * k * k).reshape(m, k, k)
        share = cnt / np.maximum(cnt.sum(axis=2, keepdims=True), 1)
        least = np.full(k, float(self.params["remap_min"]))
        least[0] = float(self.params["remap_o_min"])
        remap = (cnt >= int(self.params["remap_count"])) & (share >= least[None, None, :])
        # what a vote counts for in the majority-vote start: the types the gold remaps it to,
        # by their share of its gold votes, the rest (its own type, O, rare others) staying on
        # its own type; only with ``remap_start`` gold votes, and never to O (moving votes to O
        # in the start measured 0.38 F1 vs 0.51 on the dev corpus)
        to = remap & (cnt.sum(axis=2) >= int(self.params["remap_start"]))[:, :, None]
        to[:, :, 0] = False
        to &= ~np.eye(k, dtype=bool)[None]
        moved = np.where(to, share, 0.0)
        self.vote_map_ = moved + np.eye(k)[None] * (1.0 - moved.sum(axis=2, keepdims=True))
        return remap

    # ----- parameters from expected counts ---------------------------------------------
    def _m_step(self, conf_counts: np.ndarray, xi: np.ndarray, first: np.ndarray) -> None:
        s = self.tagset.n_tags
        m = conf_counts.shape[0]
        # prior_off is a total per (LF, state) row, spread over its outcomes: with 25 tags a
        # per-outcome pseudo-count would pile up mass away from "abstain" for rare states
        prior = np.full((m, s, self._n_out), float(self.params["prior_off"]) / self._n_out)
        # the "vote = state" pseudo-count only for tags the LF ever votes; for the others it
        # goes on abstain -- else on a small corpus every LF that cannot vote X would be
        # "expected" to vote X, and its abstaining would make X look impossible
        diag = float(self.params["prior_diag"])
        lf_idx, tag_idx = np.nonzero(self.can_vote_)
        prior[lf_idx, tag_idx, tag_idx] += diag
        lf_idx, tag_idx = np.nonzero(~self.can_vote_)
        prior[lf_idx, tag_idx, self.tagset.n_tags] += diag
        conf = conf_counts + prior
        self.log_conf = np.log(conf / conf.sum(axis=2, keepdims=True))
        # a tag no LF ever votes has no evidence for it: the model may not enter it (unless the
        # gold sample has it)
        live = self.can_vote_.any(axis=0) | getattr(self, "gold_live_", False)
        live[0] = True
        ok = self.tagset.allowed_transitions() & live[None, :]
        pt = float(self.params["prior_trans"])
        trans = np.where(ok, xi + pt, 0.0)
        self.trans = trans / trans.sum(axis=1, keepdims=True)
        st = np.where(self.tagset.allowed_starts() & live, first + pt, 0.0)
        self.start = st / st.sum()

    def _emissions(
        self, onehot: sp.csr_matrix, allowed: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per-row emission likelihoods scaled to max 1 (0 for states the row rules out), and
        the log of the scale. Each LF's log-likelihood is scaled by its twin weight."""
        m, s, o = self.log_conf.shape
        flat = (self.log_conf * self.lf_weight_[:, None, None]).transpose(0, 2, 1).reshape(m * o, s)
        log_e = onehot @ flat
        log_e[~allowed] = -np.inf
        top = log_e.max(axis=1)
        # floor: with very many LFs a state's relative likelihood could underflow to 0 and,
        # if the transitions forbid the others, leave a sentence with zero total probability
        emit = np.maximum(np.exp(log_e - top[:, None]), 1e-300)
        emit[~allowed] = 0.0
        return emit, top

    # ----- fitting ---------------------------------------------------------------------
    def _fit(self, L: np.ndarray, sent_ids: np.ndarray, gold: np.ndarray | None = None) -> None:
        from threadpoolctl import (
            threadpool_limits,  # BLAS threads only slow these small products
        )

        self.remap_ = self.vote_map_ = None
        self.gold_live_ = np.zeros(self.tagset.n_tags, dtype=bool)
        if gold is not None:
            self.gold_live_[np.unique(gold[gold >= 0])] = True

        self.o_default_ = self._o_default(L)
        full_u, full_inv = unique_rows(self._votes(L, sent_ids))
        self.keep_cols_, _ = distinct_columns(full_u)
        votes_u, votes_inv = self._merge_columns(full_u, full_inv)
        counts = np.bincount(votes_inv, minlength=len(votes_u)).astype(np.float64)
        tag_votes = np.where(votes_u < self.tagset.n_tags, votes_u, -1)  # edge_o="own" codes
        self.lf_weight_ = twin_weights(tag_votes, float(self.params["twin_overlap"]), counts)
        self.checkable_ = self._checkable(tag_votes, counts)
        self.can_vote_ = _can_vote(votes_u, self.tagset.n_tags)
        known = gold >= 0 if gold is not None else None
        if known is not None:
            self.remap_ = self._learn_remap(votes_u[votes_inv[known]], gold[known])
        sample = self._sample(sent_ids, known)
        runs = cut_long(sent_ids[sample], int(self.params["max_run"]))
        if gold is not None:  # valid BIO within each run, so every clamped run keeps a path
            gold = repair_lf_bio(gold[sample][:, None], runs)[:, 0]
        with threadpool_limits(1, user_api="blas"):
            self._em(votes_u, votes_inv[sample], runs, gold)

    def _merge_columns(
        self, uniq: np.ndarray, inverse: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Distinct rows (and each token's row) once the duplicate columns are dropped."""
        if len(self.keep_cols_) == uniq.shape[1]:
            return uniq, inverse
        merged, again = unique_rows(uniq[:, self.keep_cols_])
        return merged, again[inverse]

    def _sample(self, sent_ids: np.ndarray, known: np.ndarray | None = None) -> np.ndarray:
        """Token mask of at most ``max_fit_tokens`` tokens of whole sentences, drawn with the seed.

        The parameters (a confusion matrix per LF, transitions) are estimated as well from
        100k tokens as from 300k (measured: same span F1 on the dev corpus; 60k costs
        NCBI-Disease 0.17 F1), and EM time is linear in tokens; prediction always covers the
        whole input. Sentences with ``known`` (gold) tokens are always in.
        """
        cap = self.params["max_fit_tokens"]
        if cap is None or len(sent_ids) <= int(cap):
            return np.ones(len(sent_ids), dtype=bool)
        first = np.flatnonzero(sentence_starts(sent_ids))
        lengths = np.diff(np.append(first, len(sent_ids)))
        order = np.random.default_rng(self.seed).permutation(len(first))
        take = np.sort(order[: int(np.searchsorted(np.cumsum(lengths[order]), int(cap))) + 1])
        mask = np.repeat(np.isin(np.arange(len(first)), take), lengths)
        if known is not None:
            sent_known = np.add.reduceat(known.astype(np.int64), first) > 0
            mask |= np.repeat(sent_known, lengths)
        return mask

    def _gold_weight(self, n_gold: int, n: int) -> float:
        """A gold token's weight in the M-step: ``gold_weight``, raised so that the gold tokens
        hold at least ``gold_share`` of all the counts."""
        share = float(self.params["gold_share"])
        w = float(self.params["gold_weight"])
        if 0 < share < 1 and n_gold:
            w = max(w, share / (1 - share) * (n - n_gold) / n_gold)
        return w

    def _em(
        self,
        uniq: np.ndarray,
        inverse: np.ndarray,
        sent_ids: np.ndarray,
        gold: np.ndarray | None = None,
    ) -> None:
        """EM from the majority vote over distinct vote rows; token arrays in lockstep order.

        ``uniq``/``inverse``: distinct rows of the votes as the model sees them (see
        :meth:`_votes`, duplicate columns merged) and each token's row. ``gold``: per token,
        the tag it is clamped to, ``-1`` where unknown.
        """
        import scipy.sparse as sp

        s, n = self.tagset.n_tags, len(inverse)
        onehot = _one_hot_votes(uniq, self._n_out)
        allowed = self._allowed(uniq)
        weight = np.ones(n)
        clamp = np.zeros(n, dtype=bool)
        certain = ~allowed[:, 1:].any(axis=1)[inverse]  # no state but O: one in every path
        if gold is not None:
            clamp = gold >= 0
            weight[clamp] = self._gold_weight(int(clamp.sum()), n)
            # gold states the votes cannot reach (an entity no LF votes): the model never
            # predicts them, and counting them only teaches every LF to expect to miss
            reach = allowed[inverse[clamp], gold[clamp]]
            weight[np.flatnonzero(clamp)[~reach]] *= float(self.params["gold_unreached"])
            certain = np.where(clamp, gold == 0, certain)
        seg = segments(sent_ids, certain)
        seg_inv = inverse[seg.rows]
        seg_clamp = clamp[seg.rows]
        clamp_emit = np.eye(s)[gold[seg.rows][seg_clamp]] if gold is not None else None
        pool = sp.csr_matrix((weight, (inverse, np.arange(n))), shape=(len(uniq), n))
        free_count = np.bincount(inverse[~clamp], minlength=len(uniq)).astype(np.float64)
        gamma, xi, first = self._mv_start(uniq, inverse, sent_ids, gold)
        prev_ll = -np.inf
        for it in range(int(self.params["n_iter"])):
            counts = onehot.T @ (pool @ gamma)
            counts = counts.reshape(uniq.shape[1], self._n_out, s).transpose(0, 2, 1)
            self._m_step(counts, xi, first)
            emit_u, top_u = self._emissions(onehot, allowed)
            emit = emit_u[seg_inv]
            if clamp_emit is not None and seg_clamp.any():
                emit[seg_clamp] = clamp_emit
            gamma, xi, first, ll = piecewise_forward_backward(emit, self.trans, self.start, seg, n)
            ll += float(top_u @ free_count)
            log.debug("hmm EM iteration %d: log-likelihood %.4f", it, ll)
            if ll - prev_ll < float(self.params["tol"]) * n:
                break
            prev_ll = ll
        self.n_iter_ = it + 1
        self.balance_ = gamma.mean(axis=0)

    def _shrink(self, probs: np.ndarray) -> np.ndarray:
        """Marginals mixed with the class balance (weight ``shrink``), in place (``probs`` is
        this model's own fresh array; a new one would be as large as the input's marginals)."""
        lam = float(self.params["shrink"])
        if lam > 0:
            probs *= 1.0 - lam
            probs += lam * self.balance_[None, :]
        return probs

    def _mv_start(
        self,
        uniq: np.ndarray,
        inverse: np.ndarray,
        sent_ids: np.ndarray,
        gold: np.ndarray | None = None,
    ) -> tuple:
        """State weights (token order), transition and start counts of the majority vote
        of the distinct vote rows ``uniq`` (hidden O votes and B/I repair do not change it).

        ``init="soft"``: each token's weight on a type is its share of the type votes (a tie
        stays a tie), split between B and I by the previous token's weight on the type;
        ``"hard"``: the MV tags with ties to the lowest type -- which starts every tie between
        two types on the same side and lets EM learn that bias as a confusion. Tokens with a
        ``gold`` tag (not -1) start at it.
        """
        s = self.tagset.n_tags
        rows = np.where(uniq < self.tagset.n_tags, uniq, -1)
        counts = type_votes(rows, self.tagset)
        vote_map = getattr(self, "vote_map_", None)
        if vote_map is not None and gold is not None:  # votes the gold remaps count as it says
            r, c = np.nonzero(rows > 0)
            x = (rows[r, c].astype(np.int64) + 1) // 2
            np.add.at(counts, r, vote_map[c, x] - np.eye(counts.shape[1])[x])
        starts = sentence_starts(sent_ids)
        if self.params["init"] == "hard":
            tags = io_to_bio_ids(break_ties(counts, hashed=False)[inverse], starts)
            if gold is not None:
                tags = np.where(gold >= 0, gold, tags)
            xi, first = self._hard_transitions(tags, starts)
            return np.eye(s)[tags], xi, first
        total = counts.sum(axis=1, keepdims=True)
        share = np.where(total > 0, counts / np.maximum(total, 1.0), np.eye(counts.shape[1])[0])
        share = share[inverse]
        prev = np.zeros_like(share[:, 1:])
        prev[1:] = share[:-1, 1:]
        soft = spread_types_to_bio(share, starts, prev)
        if gold is not None:
            known = gold >= 0
            soft[known] = np.eye(s)[gold[known]]
        next_rows = np.flatnonzero(~starts)  # every token but a sentence's first, and the one
        xi = soft[next_rows - 1].T @ soft[next_rows]  # before it
        return soft, xi, soft[starts].sum(axis=0)

    def _hard_transitions(
        self, tags: np.ndarray, starts: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Transition and start counts of a tag sequence (the MV initialisation)."""
        s = self.tagset.n_tags
        nxt = np.flatnonzero(~starts)
        pair = tags[nxt - 1].astype(np.int64) * s + tags[nxt]
        xi = np.bincount(pair, minlength=s * s).reshape(s, s)
        first = np.bincount(tags[starts], minlength=s)
        return xi.astype(np.float64), first.astype(np.float64)

    def _predict_proba(self, L: np.ndarray, sent_ids: np.ndarray) -> np.ndarray:
        rows = self._merge_columns(*unique_rows(self._votes(L, sent_ids)))
        return self._shrink(self._posteriors(*rows, sent_ids))

    def _posteriors(
        self, uniq: np.ndarray, inverse: np.ndarray, sent_ids: np.ndarray
    ) -> np.ndarray:
        """Forward-backward marginals of tokens whose distinct vote rows are ``uniq[inverse]``."""
        from threadpoolctl import threadpool_limits

        allowed = self._allowed(uniq)
        emit_u, _ = self._emissions(_one_hot_votes(uniq, self._n_out), allowed)
        certain = ~allowed[:, 1:].any(axis=1)[inverse]
        seg = segments(cut_long(sent_ids, int(self.params["max_run"])), certain)
        trans, start = self._open_dead_types()
        with threadpool_limits(1, user_api="blas"):
            gamma, _, _, _ = piecewise_forward_backward(
                emit_u[inverse[seg.rows]], trans, start, seg, len(inverse)
            )
        return gamma

    def _open_dead_types(self) -> tuple[np.ndarray, np.ndarray]:
        """Transitions and start for prediction: a type no LF voted in the fitted votes has no
        way in (see :meth:`_m_step`), but an input where some LF votes it (a rare type outside
        the fit sample, ``--fit-on`` another file) must still have a path. Each valid BIO step
        the fit left at 0 gets a negligible way in and even odds of continuing the span (the
        rows need not sum to 1: forward-backward rescales every step)."""
        ok = self.tagset.allowed_transitions()
        inside = np.zeros(self.tagset.n_tags, dtype=bool)
        inside[2::2] = True  # I- tags: reached only from the same type's B- or I-
        fill = np.where(inside, 0.5, _DEAD_FLOOR)[None, :]
        trans = np.where(ok & (self.trans == 0), fill, self.trans)
        ok_start = self.tagset.allowed_starts()
        start = np.where(ok_start & (self.start == 0), _DEAD_FLOOR, self.start)
        return trans, start

    def _state(self) -> dict[str, np.ndarray]:
        return {
            "log_conf": self.log_conf,
            "trans": self.trans,
            "start": self.start,
            "can_vote": self.can_vote_,
            "keep_cols": self.keep_cols_,
            "lf_weight": self.lf_weight_,
            "balance": self.balance_,
            **{
                key: arr
                for key in ("remap", "o_default", "checkable", "gold_live")  # those the fit made
                if (arr := getattr(self, f"{key}_", None)) is not None
            },
        }

    def _set_state(self, arrays: dict[str, np.ndarray]) -> None:
        self.log_conf, self.trans, self.start = arrays["log_conf"], arrays["trans"], arrays["start"]
        self.can_vote_ = arrays["can_vote"]
        m = self.log_conf.shape[0]  # files written before column merging kept every column
        self.keep_cols_ = arrays.get("keep_cols", np.arange(m))
        self.lf_weight_ = arrays.get("lf_weight", np.ones(m))
        self.balance_ = arrays.get("balance", np.eye(self.tagset.n_tags)[0])
        self.remap_ = arrays.get("remap")
        self.checkable_ = arrays.get("checkable")  # None: a file from before the gate
        self.o_default_ = arrays.get("o_default")  # None: a file from before
        self.gold_live_ = arrays.get("gold_live", np.zeros(self.tagset.n_tags, dtype=bool))
