// The Data Studio module: "Data model diagram" in the module bar, at /admin/relata.
import { defineModule } from '@directus/extensions-sdk';
import { MODULE_NAME, RelataRoute } from './RelataRoute';

export default defineModule({
  id: 'relata',
  name: MODULE_NAME,
  icon: 'schema',
  routes: [{ path: '', component: RelataRoute }],
});
