package cn.shuangyong.placement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.placement.rules.Contender;
import cn.shuangyong.placement.rules.Ranking;
import cn.shuangyong.placement.scoring.ScoreClaim;
import cn.shuangyong.placement.scoring.ScoreSheet;
import cn.shuangyong.placement.scoring.ScoringMethod;
import cn.shuangyong.placement.scoring.ScoringMethods;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preparing a round: the placing office opens it for a year and kind, takes in the posts and the soldiers handed
 * over (each eligible under the statute in force on their discharge date), scores each soldier with evidence for
 * every item, ranks them, and starts the live choice ({@link LiveChoice}). Nothing of a round changes once the choice
 * has started.
 */
@Service
@Transactional
public class Placements {

	private final PlacementStore store;

	private final ChoiceStore choices;

	private final RoundAccess access;

	private final ScoringMethods methods;

	private final AuditTrail audit;

	private final BusinessClock clock;

	private final ScoresNotice scoresNotice;

	Placements(PlacementStore store, ChoiceStore choices, RoundAccess access, ScoringMethods methods, AuditTrail audit,
			BusinessClock clock, ScoresNotice scoresNotice) {
		this.scoresNotice = scoresNotice;
		this.store = store;
		this.choices = choices;
		this.access = access;
		this.methods = methods;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens the office's round of a year and kind. Soldiers are scored by the method for those discharged in that year
	 * (mid-year decides where a year falls under two); a second round of the same kind and year is refused.
	 */
	public long open(int year, RoundKind kind, Ranking ranking, CurrentUser by) {
		if (!by.can(Permission.PLANS_PUBLISH) || !by.can(Permission.WORK_EDIT)) {
			throw new AccessDeniedException("只有双拥办可以建立安置批次");
		}
		RegionLevel level = by.regionLevel();
		if (level != RegionLevel.PREFECTURE && level != RegionLevel.COUNTY) {
			throw new InvalidInputException("安置批次由州（市）或县（市、区）负责安置的机关建立");
		}
		if (year < 2011 || year > 2100) {
			throw new InvalidInputException("年度无效：" + year);
		}
		if (kind == null) {
			throw new InvalidInputException("请选择安置类别：退役士兵（SOLDIERS）或军队转业干部（OFFICERS）");
		}
		Integer methodId = null;
		if (kind == RoundKind.SOLDIERS) {
			methodId = methods.applyingTo(LocalDate.of(year, 7, 1)).map(ScoringMethod::id)
				.orElseThrow(() -> new InvalidInputException(year + "年度没有适用的评分办法"));
		}
		long id = store.insertRound(by.regionCode(), year, kind, methodId, by.unitId(),
				(ranking == null ? Ranking.byDefault() : ranking).stored(), by.getUsername(), now());
		audit.record(by, "PLACEMENT_ROUND_OPENED", AuditTarget.of("PLACEMENT_ROUND", id), year + " " + kind.name());
		return id;
	}

	/**
	 * A post offered to the round. Requirements that no soldier of the round meets (on today's date) are refused as a
	 * mistake: such a post could only stay empty.
	 */
	public long addPost(long roundId, NewPost post, CurrentUser by) {
		preparing(roundId, by);
		if (post.limits().any()) {
			List<Soldier> soldiers = store.soldiers(roundId).stream()
				.filter(s -> s.state() != SoldierState.SELF_EMPLOYED).toList();
			LocalDate today = clock.today();
			if (!soldiers.isEmpty() && soldiers.stream()
				.allMatch(s -> post.limits().closedTo(s.education(), s.sex(), s.born(), today).isPresent())) {
				throw new InvalidInputException("岗位「" + post.title() + "」的要求（" + post.limits().described()
						+ "）本批次没有一名士兵符合，请核对学历（minEducation）、年龄（maxAge）、性别（sex）要求");
			}
		}
		long id = store.insertPost(roundId, post);
		audit.record(by, "PLACEMENT_POST_ADDED", AuditTarget.of("PLACEMENT_ROUND", roundId), "岗位 " + id);
		return id;
	}

	/** A soldier handed over; their discharge date must fall under the round's scoring method. */
	public long handOver(long roundId, NewSoldier soldier, CurrentUser by) {
		Round round = preparing(roundId, by);
		if (round.methodId() != null) {
			ScoringMethod method = methods.find(round.methodId()).orElseThrow();
			if (!method.appliesTo(soldier.discharged())) {
				throw new InvalidInputException("退役日期 " + soldier.discharged() + " 不适用本批次的评分办法「"
						+ method.versionLabel() + "」，应编入相应年度的批次");
			}
		}
		long id = store.insertSoldier(roundId, soldier);
		store.clearRanks(roundId);
		audit.record(by, "PLACEMENT_SOLDIER_HANDED_OVER", AuditTarget.of("PLACEMENT_SOLDIER", id),
				soldier.eligibility().citation());
		return id;
	}

	/**
	 * Scores a soldier: every claim with its evidence; the ranks are cleared, to be worked out again. Once the scores
	 * have been published, a change goes through {@link #correct} with its reason.
	 */
	public ScoreSheet score(long soldierId, List<ScoreClaim> claims, CurrentUser by) {
		Soldier soldier = store.soldier(soldierId).orElseThrow(() -> new NotFoundException("士兵不存在"));
		Round round = preparing(soldier.roundId(), by);
		if (scoresNotice.published(round.id())) {
			throw new ConflictException("评分已经公示，更改评分须写明理由（如异议的核查结果），原分和新分都将列明");
		}
		return scored(soldier, round, claims, by);
	}

	/**
	 * A score changed after its 公示 (an objection upheld, an error found): the new sheet, with the old and the new
	 * total and the reason kept and shown beside the published list; the ranks are cleared, to be worked out again
	 * before the choice.
	 */
	public ScoreSheet correct(long soldierId, List<ScoreClaim> claims, String reason, CurrentUser by) {
		Soldier soldier = store.soldier(soldierId).orElseThrow(() -> new NotFoundException("士兵不存在"));
		Round round = preparing(soldier.roundId(), by);
		String why = FreeText.clean(reason);
		if (!FreeText.fits(why, 300)) {
			throw new InvalidInputException("请写明更改评分的理由（reason，不超过300字）");
		}
		if (!scoresNotice.published(round.id())) {
			throw new ConflictException("评分尚未公示，可直接重新填报评分表");
		}
		ScoreSheet sheet = scored(soldier, round, claims, by);
		scoresNotice.changed(soldierId, soldier.score(), sheet.total(), why, by.getUsername(), now());
		audit.record(by, "PLACEMENT_SCORE_CORRECTED", AuditTarget.of("PLACEMENT_SOLDIER", soldierId),
				soldier.score() + "分 → " + sheet.total() + "分");
		return sheet;
	}

	private ScoreSheet scored(Soldier soldier, Round round, List<ScoreClaim> claims, CurrentUser by) {
		long soldierId = soldier.id();
		if (soldier.honour() != null) {
			throw new ConflictException("荣誉称号或八一勋章获得者不评分，直接排在最前");
		}
		if (claims == null || claims.isEmpty()) {
			throw new InvalidInputException("评分表至少应有一项（服役年限）");
		}
		ScoringMethod method = methods.find(round.methodId())
			.orElseThrow(() -> new ConflictException("本批次没有评分办法"));
		ScoreSheet sheet = method.score(claims);
		store.replaceSheet(soldierId, round.id(), sheet, by.getUsername(), now());
		audit.record(by, "PLACEMENT_SCORED", AuditTarget.of("PLACEMENT_SOLDIER", soldierId), sheet.total() + "分");
		return sheet;
	}

	/** Ranks every soldier of the round by the ranking rule (honour titles first, then score and tie-break). */
	public void rank(long roundId, CurrentUser by) {
		Round round = preparing(roundId, by);
		List<Contender> contenders = store.soldiers(roundId).stream()
			.filter(s -> s.state() != SoldierState.SELF_EMPLOYED)
			.map(s -> new Contender(s.id(), s.honour() != null, s.score(), s.enlisted(), s.discharged(), s.born()))
			.toList();
		if (contenders.isEmpty()) {
			throw new ConflictException("本批次还没有参加选岗的士兵");
		}
		store.writeRanks(roundId, Ranking.parse(round.tieBreak()).rank(contenders));
		audit.record(by, "PLACEMENT_RANKED", AuditTarget.of("PLACEMENT_ROUND", roundId), contenders.size() + "人");
	}

	/**
	 * An eligible soldier chooses 自主就业 instead of a job before the choice; recorded, and they leave the ranking.
	 */
	public void selfEmployment(long soldierId, CurrentUser by) {
		Soldier soldier = store.soldier(soldierId).orElseThrow(() -> new NotFoundException("士兵不存在"));
		preparing(soldier.roundId(), by);
		store.selfEmployed(soldierId);
		store.clearRanks(soldier.roundId());
		audit.record(by, "PLACEMENT_SELF_EMPLOYMENT", AuditTarget.of("PLACEMENT_SOLDIER", soldierId), null);
	}

	/** A proxy the soldier named beforehand, who may choose for them when they are absent. */
	public void registerProxy(long soldierId, String proxy, CurrentUser by) {
		Soldier soldier = store.soldier(soldierId).orElseThrow(() -> new NotFoundException("士兵不存在"));
		access.operated(soldier.roundId(), by);
		String name = FreeText.clean(proxy);
		if (!FreeText.fits(name, 40)) {
			throw new InvalidInputException("请填写委托人姓名（不超过40字）");
		}
		choices.registerProxy(soldierId, name);
		audit.record(by, "PLACEMENT_PROXY_REGISTERED", AuditTarget.of("PLACEMENT_SOLDIER", soldierId), null);
	}

	/** Starts the live choice: every soldier ranked, a post for each; rank 1 is called first. */
	public void start(long roundId, CurrentUser by) {
		Round round = preparing(roundId, by);
		List<Soldier> soldiers = store.soldiers(roundId).stream()
			.filter(s -> s.state() != SoldierState.SELF_EMPLOYED).toList();
		if (soldiers.isEmpty() || soldiers.stream().anyMatch(s -> s.rank() == null)) {
			throw new ConflictException("还有士兵未排序（评分或移交后须重新排序），不能开始选岗");
		}
		scoresNotice.running(roundId).ifPresent(notice -> {
			throw new ConflictException("评分公示（" + notice.docNumber() + "）尚未结束，公示结束后才能开始选岗");
		});
		int places = store.posts(roundId).stream().mapToInt(Post::placesTotal).sum();
		if (places < soldiers.size()) {
			throw new ConflictException("岗位名额（" + places + "）少于参加选岗的人数（" + soldiers.size() + "），不能开始选岗");
		}
		Long first = choices.nextToCall(roundId).orElseThrow();
		choices.moveCall(roundId, round.turn(), null, first, 1);
		choices.record(new Action(roundId, round.turn() + 1, ActionKind.STARTED, null, null, null, null, null,
				by.getUsername(), now()));
		audit.record(by, "PLACEMENT_CHOICE_STARTED", AuditTarget.of("PLACEMENT_ROUND", roundId), null);
	}

	/** The round, locked for the transaction so that no change slips in beside the start of the choice. */
	private Round preparing(long roundId, CurrentUser by) {
		access.operated(roundId, by);
		Round round = store.lockRound(roundId);
		if (round.stage() != RoundStage.PREPARING) {
			throw new ConflictException("本批次已开始选岗，名单、评分和岗位不能再更改");
		}
		return round;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.now(), BusinessClock.CHINA);
	}
}
