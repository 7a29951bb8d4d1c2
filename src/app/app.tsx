import { RouterProvider } from 'react-router';
import { createAppRouter } from './routes';
import { startServiceWorker } from '../pwa';

const router = createAppRouter();
startServiceWorker();

export function App() {
  return <RouterProvider router={router} />;
}
