/**
 * The entry of the lecturers' results dashboard, loaded on demand (`await import('./ui/dashboard/index.ts')`)
 * so zod (which checks each results file) and fflate (which unpacks .zip files) stay out of the player's
 * chunks. Brings its own styles.
 */
import './dashboard.css';

export { createDashboardScreen, type DashboardActions } from './dashboardScreen.ts';
