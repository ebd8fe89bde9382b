package cn.shuangyong.dashboards;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.figures.RegionFigures;
import cn.shuangyong.shared.figures.RegionFigures.RegionFigure;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The themes (专题) of the dashboard's map: every {@link RegionFigures} bean the modules publish, offered to the users
 * whose role may read it. A region asked for outside the user's scope answers 404, a theme the role may not read 403.
 */
@Service
public class MapThemes {

	private final List<RegionFigures> themes;

	private final Directory directory;

	private final MessageSource messages;

	MapThemes(List<RegionFigures> themes, Directory directory, MessageSource messages) {
		this.themes = themes.stream().sorted(Comparator.comparing(RegionFigures::key)).toList();
		this.directory = directory;
		this.messages = messages;
	}

	/** The themes the user may choose, with their names in the locale; 403 for a role that reads no work at all. */
	public List<Theme> offered(CurrentUser user, Locale locale) {
		user.require(Permission.WORK_READ);
		return themes.stream().filter(t -> t.availableTo(user)).map(t -> theme(t, locale)).toList();
	}

	/** One theme's figures for the regions below {@code region} (the user's own when blank). */
	public ThemeFigures figures(String key, String region, CurrentUser user, Locale locale) {
		RegionFigures theme = themes.stream().filter(t -> t.key().equals(key)).findFirst()
			.orElseThrow(() -> new NotFoundException("专题不存在"));
		Region shown = region(region == null || region.isBlank() ? user.regionCode() : region.strip(), user);
		if (!theme.availableTo(user)) {
			throw new AccessDeniedException("您没有查看该专题的权限");
		}
		return new ThemeFigures(theme(theme, locale), shown.code().value(), shown.name(), shown.level().name(),
				theme.below(shown.code().value(), user));
	}

	private Region region(String code, CurrentUser user) {
		if (!code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
			throw new InvalidInputException("地区应为行政区划代码，如 5323");
		}
		if (!user.covers(code)) {
			throw new NotFoundException("该地区不在您的数据范围内");
		}
		return directory.region(RegionCode.of(code)).orElseThrow(() -> new NotFoundException("地区不存在"));
	}

	private Theme theme(RegionFigures theme, Locale locale) {
		return new Theme(theme.key(), messages.getMessage(theme.nameKey(), null, locale),
				messages.getMessage(theme.unitKey(), null, locale));
	}

	/** A theme as the picker shows it. */
	public record Theme(String key, String name, String unit) {
	}

	/** A theme's figures below a region; {@code level} is the region's own level (PROVINCE draws the map). */
	public record ThemeFigures(Theme theme, String regionCode, String regionName, String level,
			List<RegionFigure> figures) {
	}
}
