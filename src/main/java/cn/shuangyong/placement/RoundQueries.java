package cn.shuangyong.placement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.placement.rules.Ranking;
import cn.shuangyong.placement.rules.Statute;
import cn.shuangyong.placement.rules.TieBreak;
import cn.shuangyong.placement.scoring.ScoringMethod;
import cn.shuangyong.placement.scoring.ScoringMethods;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the rounds a user may see, whole: a round's soldiers and posts are bounded by nature and never paged. */
@Service
@Transactional(readOnly = true)
public class RoundQueries {

	private final PlacementStore store;

	private final ChoiceStore choices;

	private final RoundAccess access;

	private final ScoringMethods methods;

	private final Directory directory;

	private final BusinessClock clock;

	RoundQueries(PlacementStore store, ChoiceStore choices, RoundAccess access, ScoringMethods methods,
			Directory directory, BusinessClock clock) {
		this.clock = clock;
		this.store = store;
		this.choices = choices;
		this.access = access;
		this.methods = methods;
		this.directory = directory;
	}

	/** The rounds in the user's scope, of one office (region code) and year where given. */
	public ListPage<RoundSummary> rounds(String region, Integer year, Paging paging, CurrentUser by) {
		by.require(Permission.WORK_READ);
		if (region != null && !region.matches("\\d{2}|\\d{4}|\\d{6}")) {
			throw new InvalidInputException("region 应为州（市）或县（市、区）的行政区划代码，如 5323，「" + region + "」不符合");
		}
		if (region != null && !by.covers(region)) {
			throw new NotFoundException("该地区不在您的数据范围内");
		}
		return store.rounds(by.scope(), region, year, paging).map(this::summary);
	}

	public RoundView round(long id, CurrentUser by) {
		return view(access.visible(id, by));
	}

	/**
	 * The wall of the round whose public link carries this key, for anyone who has the link, signed in or not: the
	 * names on it are masked as everywhere in a round. An unknown or malformed key is a 404, as a missing round.
	 */
	public RoundView publicWall(String key) {
		java.util.UUID parsed;
		try {
			parsed = java.util.UUID.fromString(key);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException(RoundAccess.MISSING);
		}
		return view(store.roundOfWallKey(parsed).orElseThrow(() -> new NotFoundException(RoundAccess.MISSING)));
	}

	/** The key of the wall's public link, for the office that places only (it hands the link out). */
	public String wallKey(long id, CurrentUser by) {
		access.operated(id, by);
		return store.wallKey(id).toString();
	}

	/** True when the user operates the round's choice (the placing office). */
	public boolean operates(long id, CurrentUser by) {
		return RoundAccess.operates(access.visible(id, by), by);
	}

	/** A soldier's score sheet lines, for the sheet page. */
	List<PlacementStore.SheetLine> sheet(long soldierId, CurrentUser by) {
		Soldier soldier = store.soldier(soldierId).orElseThrow(() -> new NotFoundException("士兵不存在"));
		access.visible(soldier.roundId(), by);
		return store.sheet(soldierId);
	}

	private RoundSummary summary(Round round) {
		List<Soldier> soldiers = store.soldiers(round.id());
		List<Post> posts = store.posts(round.id());
		return new RoundSummary(round.id(), round.regionCode(), regionName(round.regionCode()), round.year(),
				round.kind(), methodLabel(round), round.stage(), soldiers.size(),
				(int) soldiers.stream().filter(s -> s.state() == SoldierState.CHOSEN).count(), posts.size(),
				posts.stream().mapToInt(Post::placesLeft).sum());
	}

	private RoundView view(Round round) {
		List<Post> posts = store.posts(round.id());
		Map<Long, Post> postsById = posts.stream().collect(Collectors.toMap(Post::id, Function.identity()));
		List<Soldier> soldiers = store.soldiers(round.id());
		Map<Long, Soldier> soldiersById = soldiers.stream().collect(Collectors.toMap(Soldier::id, Function.identity()));
		List<RoundView.SoldierLine> lines = soldiers.stream().map(s -> line(s, postsById)).toList();
		Soldier calledSoldier = round.calledSoldierId() == null ? null : soldiersById.get(round.calledSoldierId());
		RoundView.SoldierLine called = round.calledSoldierId() == null ? null
				: line(soldiersById.get(round.calledSoldierId()), postsById);
		List<RoundView.ActionLine> actions = choices.actions(round.id()).stream().map(a -> {
			Soldier s = a.soldierId() == null ? null : soldiersById.get(a.soldierId());
			return new RoundView.ActionLine(a.turn(), a.kind(), s == null ? null : s.name().masked(),
					s == null ? null : s.rank(), a.postId() == null ? null : postName(postsById.get(a.postId())),
					a.witness(), a.proxyName() == null ? null : new SoldierName(a.proxyName()).masked(), a.reason(),
					a.doneAt());
		}).toList();
		String tieBreak = String.join("，", Ranking.parse(round.tieBreak()).tieBreaks()
			.stream().map(TieBreak::chinese).toList());
		return new RoundView(round.id(), round.regionCode(), regionName(round.regionCode()), round.year(), round.kind(),
				methodLabel(round), round.stage(), tieBreak, lines,
				posts.stream().map(p -> new RoundView.PostLine(p.id(), p.unitName(), p.unitKind(), p.title(),
						p.location(), p.requirementsText(), p.placesTotal(), p.placesLeft(), closedTo(p, calledSoldier)))
					.toList(),
				called, actions, round.turn(), round.version());
	}

	private static RoundView.SoldierLine line(Soldier s, Map<Long, Post> posts) {
		return new RoundView.SoldierLine(s.id(), s.rank(), s.score(), s.name().masked(), s.honour(),
				Statute.valueOf(s.statute()).title() + s.article(), s.state(), s.postId(),
				s.postId() == null ? null : postName(posts.get(s.postId())), s.proxyName() != null, s.demo());
	}

	/** Why the post is closed to the soldier called now, or null. */
	private String closedTo(Post post, Soldier called) {
		return called == null ? null
				: post.limits().closedTo(called.education(), called.sex(), called.born(), clock.today()).orElse(null);
	}

	private static String postName(Post post) {
		return post.unitName() + " " + post.title();
	}

	private String methodLabel(Round round) {
		return round.methodId() == null ? "考试与考核（尚未建立）"
				: methods.find(round.methodId()).map(ScoringMethod::versionLabel).orElse("");
	}

	private String regionName(String code) {
		return directory.region(new RegionCode(code)).map(Region::name).orElse(code);
	}
}
