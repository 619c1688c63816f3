import type { FootSide, InsoleChannels } from './pressure-recording.js';
/**
 * The pedar 99-sensor insole layout: the centroid of each sensor in the left-insole layout mask (303 × 816 px,
 * y down, toes at the top, image-right medial), sensor 1 first. Derived from `pedarProbe/config/left_foot_mask.png`
 * (liu-qilong/pedarProbe, MIT) via `pedar_left_sensor_centroids_px.csv` in the shared test data. The right
 * insole is the horizontal mirror. A layout schematic, not a calibrated geometry: pixel units, no mm.
 */
export const PEDAR_MASK_WIDTH_PX = 303;

/** Height of the pedar layout mask in pixels. */
export const PEDAR_MASK_HEIGHT_PX = 816;

/** Sensor centroid x in mask pixels (left insole), sensors 1…99. */
export const PEDAR_LEFT_CENTROID_X_PX: readonly number[] = [
  161.79, 132.84, 108.49, 84.32, 53.15, 181.7, 156.77, 132.3, 107.5, 83, 58.97, 33.92, 189.19, 162.49, 135.51, 108,
  82.22, 56.98, 29.75, 193.01, 165.5, 137.24, 108.91, 82.75, 56.51, 28.23, 195.51, 166.48, 139.48, 112.74, 84.73, 57.18,
  28.97, 196.96, 169.21, 142.75, 114.49, 85.51, 58.25, 29.49, 201.14, 172.96, 144.99, 115.99, 87.45, 59.24, 29.74,
  214.24, 183.92, 153.53, 122.62, 92.74, 62.75, 30.52, 231.43, 197.19, 163.96, 131.32, 98.72, 65.47, 30.74, 242.59,
  206.63, 171.41, 137.26, 103.17, 68.22, 31.51, 249.75, 212.94, 177.97, 143.39, 107.72, 71.72, 35.66, 254.22, 218.63,
  183.4, 148.98, 114.28, 79.23, 44.38, 252.1, 220.25, 188.35, 156.52, 125.24, 92.25, 57.86, 242.17, 210.09, 178.71,
  147.4, 114.9, 81.86, 218.08, 185.13, 156.26, 121.24,
];

/** Sensor centroid y in mask pixels (y down, heel at the bottom), sensors 1…99. */
export const PEDAR_LEFT_CENTROID_Y_PX: readonly number[] = [
  760.28, 771.12, 772.02, 771.09, 760.58, 707.42, 706.86, 705.9, 706, 707.02, 706.64, 706.73, 646.23, 645.63, 645.16,
  646, 644.94, 645.01, 645.33, 587.52, 587.31, 588.07, 588.85, 587.45, 587.16, 587.78, 530.73, 532.25, 530.99, 530.99,
  531.28, 532.47, 531.36, 475.49, 475.19, 474.05, 476.24, 474.79, 475.77, 475.98, 420.87, 420.22, 420.03, 420.66,
  421.65, 420.14, 420.75, 369.8, 368.31, 368.56, 368.66, 369.04, 368.91, 368.24, 320.48, 319.76, 318.98, 319.73, 318.87,
  319.81, 319.37, 273.08, 273.62, 273.5, 273.02, 273.83, 273.4, 273.11, 228.4, 229.05, 228.26, 228.25, 228.05, 228.76,
  228.88, 184.09, 185.01, 183.86, 183.25, 183.89, 184.23, 183.25, 138.23, 137.62, 138.35, 137.63, 137.34, 136.67,
  137.63, 89.2, 89.27, 89.91, 89.26, 89.57, 90.62, 48.08, 38.99, 38.48, 46.04,
];

/** Sensor area in mask pixels, sensors 1…99. */
export const PEDAR_SENSOR_AREA_PX: readonly number[] = [
  1568, 1603, 1499, 1574, 1703, 1597, 1574, 1589, 1624, 1561, 1559, 1669, 1678, 1533, 1624, 1539, 1419, 1535, 1709,
  1513, 1595, 1650, 1627, 1395, 1568, 1596, 1624, 1625, 1374, 1593, 1540, 1545, 1589, 1681, 1454, 1566, 1624, 1624,
  1428, 1825, 1565, 1402, 1534, 1535, 1489, 1506, 1645, 1506, 1544, 1481, 1639, 1374, 1625, 1601, 1656, 1752, 1488,
  1634, 1506, 1712, 1655, 1505, 1649, 1452, 1558, 1431, 1648, 1585, 1672, 1666, 1521, 1692, 1629, 1678, 1635, 1526,
  1564, 1514, 1454, 1550, 1490, 1568, 1650, 1527, 1662, 1493, 1582, 1754, 1691, 1585, 1487, 1484, 1458, 1549, 1411,
  1455, 1563, 1595, 1617,
];

/**
 * Sensor positions in the foot frame (+x toward the toes from the heel end of the mask, +y to the walker's left),
 * in mask pixels.
 *
 * @param side - which insole (the right one mirrors the left)
 * @returns x and y per sensor, sensors 1…99
 */
export function pedarSensorPositions(side: 'left' | 'right'): { readonly xs: Float64Array; readonly ys: Float64Array } {
  const n = PEDAR_LEFT_CENTROID_X_PX.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const mid = PEDAR_MASK_WIDTH_PX / 2;
  for (let i = 0; i < n; i++) {
    xs[i] = PEDAR_MASK_HEIGHT_PX - (PEDAR_LEFT_CENTROID_Y_PX[i] ?? 0);
    const across = mid - (PEDAR_LEFT_CENTROID_X_PX[i] ?? 0);
    ys[i] = side === 'left' ? across : -across;
  }
  return { xs, ys };
}

/**
 * One pedar insole's channels: its 99 sensors at their layout positions (mask pixels), kPa values per
 * frame, no sensor area and no device totals.
 *
 * @param side - the insole
 * @param values - frames × sensors, kPa
 * @returns the channels
 */
export function pedarInsoleChannels(side: FootSide, values: Float32Array): InsoleChannels {
  const { xs, ys } = pedarSensorPositions(side);
  return {
    side,
    sensorCount: xs.length,
    sensorLabels: Array.from({ length: xs.length }, (_, i) => String(i + 1)),
    values,
    sensorXs: xs,
    sensorYs: ys,
    positionUnit: 'mask_px',
    sensorAreaMm2: null,
    deviceTotals: null,
  };
}
