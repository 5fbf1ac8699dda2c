//! From `[lon, lat]` degrees to a local plane in kilometres, and to the grid's frame, which is
//! turned so that its first axis runs along the Strip (south-west to north-east).

use super::polygon::PointKm;

/// WGS 84 semi-major axis and first eccentricity squared.
const WGS84_A_KM: f64 = 6378.137;
const WGS84_E2: f64 = 0.006_694_379_990_14;

/// A local equirectangular projection about an origin, followed by a rotation.
#[derive(Clone, Copy, Debug)]
pub struct Projection {
    origin_lonlat: [f64; 2],
    km_per_deg_lon: f64,
    km_per_deg_lat: f64,
    /// Unit vector of the grid's first axis (along the Strip), in plane coordinates.
    axis: [f64; 2],
}

impl Projection {
    /// Scales taken from the WGS 84 ellipsoid at the origin's latitude, so that local
    /// distances are right to about 0.1% across the Strip.
    #[must_use]
    pub fn new(origin_lonlat: [f64; 2], axis_angle_rad: f64) -> Self {
        let phi = origin_lonlat[1].to_radians();
        let sin_phi = libm::sin(phi);
        let w = libm::sqrt(1.0 - WGS84_E2 * sin_phi * sin_phi);
        let deg = std::f64::consts::PI / 180.0;
        let km_per_deg_lon = deg * WGS84_A_KM * libm::cos(phi) / w;
        let km_per_deg_lat = deg * WGS84_A_KM * (1.0 - WGS84_E2) / (w * w * w);
        Self {
            origin_lonlat,
            km_per_deg_lon,
            km_per_deg_lat,
            axis: [libm::cos(axis_angle_rad), libm::sin(axis_angle_rad)],
        }
    }

    /// East/north kilometres from the origin.
    #[must_use]
    pub fn plane_from_lonlat(&self, lonlat: [f64; 2]) -> PointKm {
        [
            (lonlat[0] - self.origin_lonlat[0]) * self.km_per_deg_lon,
            (lonlat[1] - self.origin_lonlat[1]) * self.km_per_deg_lat,
        ]
    }

    #[must_use]
    pub fn lonlat_from_plane(&self, p: PointKm) -> [f64; 2] {
        [
            self.origin_lonlat[0] + p[0] / self.km_per_deg_lon,
            self.origin_lonlat[1] + p[1] / self.km_per_deg_lat,
        ]
    }

    /// Grid frame: `[along, across]` kilometres; `across` grows to the south-east (inland).
    #[must_use]
    pub fn grid_from_lonlat(&self, lonlat: [f64; 2]) -> PointKm {
        let p = self.plane_from_lonlat(lonlat);
        let [ax, ay] = self.axis;
        [p[0] * ax + p[1] * ay, p[0] * ay - p[1] * ax]
    }

    #[must_use]
    pub fn lonlat_from_grid(&self, g: PointKm) -> [f64; 2] {
        let [ax, ay] = self.axis;
        let plane = [g[0] * ax + g[1] * ay, g[0] * ay - g[1] * ax];
        self.lonlat_from_plane(plane)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_degree_of_latitude_near_gaza_is_about_111_km() {
        let p = Projection::new([34.4, 31.4], 0.0);
        let north = p.plane_from_lonlat([34.4, 32.4]);
        assert!((north[1] - 110.88).abs() < 0.05, "{north:?}");
        let east = p.plane_from_lonlat([35.4, 31.4]);
        assert!((east[0] - 95.09).abs() < 0.1, "{east:?}");
    }

    #[test]
    fn grid_frame_round_trips() {
        let p = Projection::new([34.4, 31.4], 0.8);
        let lonlat = [34.31, 31.52];
        let back = p.lonlat_from_grid(p.grid_from_lonlat(lonlat));
        assert!((back[0] - lonlat[0]).abs() < 1e-12 && (back[1] - lonlat[1]).abs() < 1e-12);
    }
}
