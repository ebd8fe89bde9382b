package cn.shuangyong.placement;

import java.time.OffsetDateTime;
import java.util.Optional;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 选岗, live: the operator calls the soldiers in rank order, and each chooses a post, is passed over when absent (and
 * called again after the last), or gives up with a reason. Every action takes the round's row lock, is checked
 * against the round as it stands, and writes through {@link ChoiceStore}, whose updates and unique keys refuse a
 * full post, a choice out of turn and a second choice even if a check here were wrong. The whole state is in the
 * database, so a choice interrupted by a restart goes on exactly where it stood.
 */
@Service
@Transactional
public class LiveChoice {

	private final PlacementStore store;

	private final ChoiceStore choices;

	private final RoundAccess access;

	private final AuditTrail audit;

	private final BusinessClock clock;

	LiveChoice(PlacementStore store, ChoiceStore choices, RoundAccess access, AuditTrail audit, BusinessClock clock) {
		this.store = store;
		this.choices = choices;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The called soldier takes a place of a post; final once recorded. */
	public void choose(long roundId, ChoiceRequest request, CurrentUser by) {
		Turn turn = called(roundId, request.soldierId(), by);
		Post post = store.post(request.postId()).filter(p -> p.roundId() == roundId)
			.orElseThrow(() -> new InvalidInputException("岗位不存在或不属于本批次：" + request.postId()));
		Soldier soldier = turn.soldier();
		post.limits().closedTo(soldier.education(), soldier.sex(), soldier.born(), clock.today()).ifPresent(why -> {
			throw new ConflictException("岗位「" + post.unitName() + " " + post.title() + "」不能由该士兵选择：" + why);
		});
		if (request.proxy() != null && !request.proxy().equals(turn.soldier().proxyName())) {
			throw new ConflictException(turn.soldier().proxyName() == null ? "该士兵未事先登记委托人，不能由他人代选"
					: "代选人与该士兵事先登记的委托人不一致");
		}
		if (!choices.takePlace(roundId, post.id())) {
			throw new ConflictException("岗位「" + post.unitName() + " " + post.title() + "」已无空余名额，请另选岗位");
		}
		choices.chosen(turn.soldier().id(), post.id());
		moveOn(turn, ActionKind.CHOSE, post.id(), request.witness(), request.proxy(), null, by);
		audit.record(by, "PLACEMENT_CHOSEN", AuditTarget.of("PLACEMENT_SOLDIER", turn.soldier().id()), "岗位 " + post.id());
	}

	/** The called soldier is absent and has no proxy here: passed over once, called again after the last. */
	public void passOver(long roundId, long soldierId, CurrentUser by) {
		Turn turn = called(roundId, soldierId, by);
		if (turn.soldier().state() == SoldierState.PASSED_OVER) {
			throw new ConflictException("该士兵已过号一次，补选时仍未到场的，请记录放弃及理由");
		}
		choices.passedOver(roundId, soldierId);
		moveOn(turn, ActionKind.PASSED_OVER, null, null, null, null, by);
		audit.record(by, "PLACEMENT_PASSED_OVER", AuditTarget.of("PLACEMENT_SOLDIER", soldierId), null);
	}

	/** The called soldier gives up choosing; the reason is recorded. */
	public void giveUp(long roundId, long soldierId, String reason, CurrentUser by) {
		String why = FreeText.clean(reason);
		if (!FreeText.fits(why, 300)) {
			throw new InvalidInputException("请写明放弃的理由（不超过300字）");
		}
		Turn turn = called(roundId, soldierId, by);
		choices.gaveUp(soldierId);
		moveOn(turn, ActionKind.GAVE_UP, null, null, null, why, by);
		audit.record(by, "PLACEMENT_GAVE_UP", AuditTarget.of("PLACEMENT_SOLDIER", soldierId), null);
	}

	/** Locks the round and checks that the choice is on and that it is this soldier's turn. */
	private Turn called(long roundId, long soldierId, CurrentUser by) {
		access.operated(roundId, by);
		Round round = store.lockRound(roundId);
		Soldier soldier = store.soldier(soldierId).filter(s -> s.roundId() == roundId)
			.orElseThrow(() -> new NotFoundException("本批次没有该士兵：" + soldierId));
		if (soldier.state() == SoldierState.CHOSEN) {
			throw new ConflictException("该士兵已经选定岗位，选岗结果不能更改");
		}
		if (soldier.state() == SoldierState.GAVE_UP) {
			throw new ConflictException("该士兵已放弃选岗");
		}
		if (round.stage() != RoundStage.CHOOSING) {
			throw new ConflictException(round.stage() == RoundStage.PREPARING ? "本批次尚未开始选岗" : "本批次选岗已经结束");
		}
		if (round.calledSoldierId() != soldierId) {
			Soldier current = store.soldier(round.calledSoldierId()).orElseThrow();
			throw new ConflictException("未轮到该士兵（排名第" + soldier.rank() + "）：当前叫号的是排名第" + current.rank()
					+ "的" + current.name().masked() + "，须按排名顺序选岗");
		}
		return new Turn(round, soldier);
	}

	private void moveOn(Turn turn, ActionKind kind, Long postId, String witness, String proxy, String reason,
			CurrentUser by) {
		Round round = turn.round();
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.now(), BusinessClock.CHINA);
		Optional<Long> next = choices.nextToCall(round.id());
		choices.moveCall(round.id(), round.turn(), round.calledSoldierId(), next.orElse(null), next.isPresent() ? 1 : 2);
		choices.record(new Action(round.id(), round.turn() + 1, kind, turn.soldier().id(), postId, witness, proxy, reason,
				by.getUsername(), now));
		if (next.isEmpty()) {
			choices.record(new Action(round.id(), round.turn() + 2, ActionKind.FINISHED, null, null, null, null, null,
					by.getUsername(), now));
		}
	}

	private record Turn(Round round, Soldier soldier) {
	}
}
