/**
 * Figures by region that modules publish for the dashboard's map ({@link cn.shuangyong.shared.figures.RegionFigures}).
 */
package cn.shuangyong.shared.figures;
