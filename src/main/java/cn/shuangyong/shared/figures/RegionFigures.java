package cn.shuangyong.shared.figures;

import java.util.List;

import cn.shuangyong.shared.CurrentUser;

/**
 * One theme (专题) a module offers to the dashboard's map: one figure for each region one level below a region, as
 * the module's own statistics count it and only over what the user may see there (the module's own scope rules).
 * A module publishes it as a bean; the dashboards module collects every bean of this type, so it depends on no
 * module that offers one.
 */
public interface RegionFigures {

	/** The theme's key in URLs, unique across modules: {@code employment-placement}. */
	String key();

	/** Message key of the theme's name, in the module's own bundle. */
	String nameKey();

	/** Message key of the figure's unit (%, 件, 元). */
	String unitKey();

	/** Whether the user's role may read the figures at all; without it the theme is not offered (403). */
	boolean availableTo(CurrentUser user);

	/**
	 * The figure of each region one level below {@code regionCode} (a region already checked to lie in the user's
	 * scope) in which the module has something to count; regions without any are left out.
	 */
	List<RegionFigure> below(String regionCode, CurrentUser user);

	/** One region's figure: its short code, its name and the value in the theme's unit. */
	record RegionFigure(String regionCode, String regionName, double value) {
	}
}
