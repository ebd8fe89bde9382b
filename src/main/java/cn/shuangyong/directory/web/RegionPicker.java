package cn.shuangyong.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.RegionSearch;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * What the region picker shows (fragments/region-picker): one list per level below the user's own region, each opened
 * at the region chosen so far, and the matches of what was typed. Only regions inside the user's data scope are
 * offered; the form still posts a code, which the receiving service checks as before.
 */
@Component("regionPicker")
public class RegionPicker {

	static final int MATCHES = 15;

	private final Directory directory;

	private final RegionSearch search;

	RegionPicker(Directory directory, RegionSearch search) {
		this.directory = directory;
		this.search = search;
	}

	/** The picker opened at {@code code}; a blank code, or one outside the scope or unknown, opens it empty. */
	public Picking state(CurrentUser user, String code) {
		RegionCode root = RegionCode.of(user.regionCode());
		Optional<Region> chosen = chosen(user, code);
		List<Step> steps = new ArrayList<>();
		RegionCode parent = root;
		while (parent != null) {
			List<Region> options = directory.children(parent);
			if (options.isEmpty()) {
				break;
			}
			String reset = parent.equals(root) ? "" : parent.value();
			Region selected = chosen.flatMap(c -> options.stream().filter(o -> o.code().contains(c.code())).findFirst())
				.orElse(null);
			steps.add(new Step(options.get(0).level(), reset, options, selected == null ? null : selected.code().value()));
			parent = selected == null ? null : selected.code();
		}
		List<String> above = directory.lineage(root).stream().map(Region::name).toList();
		String path = chosen.map(c -> String.join(" ", directory.lineage(c.code()).stream().map(Region::name).toList()))
			.orElse("");
		return new Picking(chosen.map(c -> c.code().value()).orElse(""), path, String.join(" ", above), steps);
	}

	/** The regions of the user's scope whose name holds the text or whose code begins with it. */
	public List<Match> matches(CurrentUser user, String text) {
		List<Region> found = search.matching(text, user.scope(), MATCHES);
		Map<RegionCode, List<String>> paths = search.paths(found);
		return found.stream()
			.map(r -> new Match(r.code().value(), String.join(" ", paths.getOrDefault(r.code(), List.of(r.name()))), r.level()))
			.toList();
	}

	/** True when the code names a region the user may pick. */
	boolean mayPick(CurrentUser user, String code) {
		return chosen(user, code).isPresent();
	}

	private Optional<Region> chosen(CurrentUser user, String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		try {
			RegionCode regionCode = RegionCode.of(code);
			return user.covers(regionCode.value()) ? directory.region(regionCode) : Optional.empty();
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/**
	 * The picker's state: the code the form posts, its names from the province down, the names above the user's own
	 * region (fixed for them), and one list per level.
	 */
	public record Picking(String code, String path, String above, List<Step> steps) {
	}

	/** One level's list; {@code reset} is what choosing none of it leaves chosen. */
	public record Step(RegionLevel level, String reset, List<Region> options, String selected) {
	}

	/** A region found by name or code, with the names of the regions above it. */
	public record Match(String code, String path, RegionLevel level) {
	}
}
