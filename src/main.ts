/**
 * The game's entry point and the only place that wires the layers together: the shipped scenarios
 * (compiled to JSON at build time) go to the catalogue, and the catalogue goes into the page's <main>.
 */
import shipped from 'virtual:klasdeur/scenarios';
import { renderCatalogue } from './ui/catalogue.ts';
import './ui/styles.css';

const main = document.querySelector('main');
if (!main) throw new Error('index.html has no <main> element');
main.append(renderCatalogue(shipped.scenarios.map((compiled) => compiled.scenario)));
