// Name lists of the synthetic French data set, by origin, most frequent first (weights follow the
// rank, Zipf-like). Surnames also get a long tail of generated names so that, as in real files,
// most surnames are rare.
export type Origin = 'french' | 'maghreb' | 'westAfrica' | 'easternEurope' | 'afghan';

export interface OriginNames {
  share: number;
  surnames: string[];
  male: string[];
  female: string[];
  /** Syllables for the long tail of rare surnames. */
  syllables: string[];
}

export const ORIGINS: Record<Origin, OriginNames> = {
  french: {
    share: 0.45,
    surnames: (
      'Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefèvre Leroy Roux David Bertrand Morel ' +
      'Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Faure André Mercier Blanc Guérin Boyer Garnier Chevalier ' +
      'François Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis ' +
      'Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez ' +
      'Gérard Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe ' +
      'Bourgeois Pierre Benoît Rey Leclerc Payet Rolland Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger Carpentier Sanchez ' +
      'Dupuis Moulin Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein Jacquet Adam Paris Poirier Marty Aubry Guyot Carré ' +
      'Charles Renault Charpentier Ménard Maillard Baron Bertin Bailly Hervé Schneider Fernandez Le Gall Collet Léger Bouvier Julien ' +
      'Prévost Millet Perrot Daniel Le Roux Cousin Germain Breton Besson Langlois Rémy Le Goff Pelletier Lévêque Perrier Leblanc Barré ' +
      'Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier Michaud Rodriguez Guichard Gillet Étienne Grondin Poulain Tessier ' +
      'Chevallier Collin Chauvin Da Silva Bouchet Gay Lemaître Bénard Maréchal Humbert Reynaud Antoine Hoarau Perret Barthélemy Cordier ' +
      "De La Fontaine D'Almeida Du Pont Le Corre N'Guyen Saint-Martin"
    ).split(' '),
    male: (
      'Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Daniel Laurent David Thomas Julien Sébastien Frédéric Éric ' +
      'Stéphane Pascal Olivier François Kévin Maxime Lucas Jérôme Antoine Romain Alexandre Mathieu Guillaume Vincent Jean-Pierre ' +
      'Jean-Luc Jean-Claude Bernard Gérard André Jacques René Louis Hugo Théo Enzo Nathan Léo Gabriel Raphaël Arthur Jules Adam ' +
      'Dylan Anthony Jordan Cédric Grégory Marc-Antoine Jean-Baptiste'
    ).split(' '),
    female: (
      'Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Sandrine Valérie Véronique Céline Julie Aurélie Émilie ' +
      'Stéphanie Sophie Camille Laura Sarah Léa Manon Chloé Emma Inès Jade Louise Anne Monique Martine Nicole Brigitte Marie-Claire ' +
      'Anne-Sophie Marie-Christine Audrey Mélanie Jessica Océane Cindy Vanessa Marie-Thérèse Hélène Léna Zoé'
    ).split(' '),
    syllables:
      'ker bra lav aud mon tel ber gou rin val cha bou let mar nou det ron gil lan ville vier mas sol dre cour ger'.split(
        ' ',
      ),
  },
  maghreb: {
    share: 0.2,
    surnames: (
      'Benali Mansouri Haddad Belkacem Saïdi Bouzid Cherif El Amrani Benaïssa Brahimi Boudjemaa Hamdi Khelifi Meziane ' +
      'Rahmani Ziani Touati Belaïd Hadjadj Bensaïd Aït Ali Ouali Chaoui Messaoudi Benyahia Djebbar Amrani Benmoussa Lahlou Bouaziz ' +
      'Kaci Slimani Hamidi Ferhat Boukhari Zerrouki Bouchareb Mebarki Guerfi Tahri'
    ).split(' '),
    male: (
      'Mohamed Ahmed Ali Karim Rachid Youssef Mehdi Samir Nabil Abdelkader Hamid Saïd Omar Bilal Amine Hichem Khaled Mustapha ' +
      'Brahim Yacine Ilyès Redouane Sofiane Walid Djamel Nordine Kamel Farid Mourad Abdallah'
    ).split(' '),
    female: (
      'Fatima Khadija Aïcha Nadia Samira Leïla Malika Yasmina Meriem Salima Karima Zohra Amina Rania Sofia Naïma Houria ' +
      'Djamila Farida Nora Souad Latifa Hafsa Imane'
    ).split(' '),
    syllables: 'ben bou ham zi kha mer sli ach dja tah rab nas ked lah far ouz mel'.split(' '),
  },
  westAfrica: {
    share: 0.2,
    surnames: (
      'Diallo Traoré Coulibaly Diarra Konaté Camara Sylla Touré Cissé Keïta Bamba Kouyaté Sow Ba Diop Ndiaye Fofana ' +
      'Sissoko Doumbia Kanté Dembélé Sacko Soumaré Koné Ouattara Sangaré Diakité Bah Barry Baldé Dramé Gassama Tounkara Niang ' +
      'Mbaye Faye Sarr Gueye Kamara Dioubaté Magassa Tandia'
    ).split(' '),
    male: (
      'Mamadou Moussa Ibrahima Ousmane Abdoulaye Amadou Souleymane Boubacar Seydou Lamine Modibo Bakary Sékou Cheikh ' +
      'Issa Adama Oumar Alassane Djibril Aliou Yaya Siaka Mahamadou Bangaly'
    ).split(' '),
    female: (
      'Fatoumata Aminata Mariam Kadiatou Aïssatou Awa Oumou Hawa Fanta Djénéba Assa Binta Mariama Nafi Coumba Ramatoulaye ' +
      'Salimata Kadidia Maimouna Rokia'
    ).split(' '),
    syllables: 'dia kou ba sa fo ma ka to ni gue so dra ou ta ke mba ndo'.split(' '),
  },
  easternEurope: {
    share: 0.1,
    surnames: (
      'Popescu Ionescu Kowalski Nowak Ivanov Petrov Kovalenko Shevchenko Bondarenko Smirnov Horvath Stoica Dumitru ' +
      'Georgiev Rusu Lungu Kuznetsov Melnyk Tkachenko Wiśniewski Popov Krasniqi Gashi Berisha Hoxha Moldovan Constantin ' +
      'Sokolov Volkov Lewandowski'
    ).split(' '),
    male: (
      'Ivan Sergei Dmitri Oleksandr Andrei Vasile Ion Nikolai Piotr Tomasz Mihai Bogdan Yuri Artem Vladimir Arben Besnik ' +
      'Florin Gheorghe Maksym'
    ).split(' '),
    female:
      'Olga Natalia Tatiana Elena Irina Svetlana Anna Maria Oksana Ioana Ana Daria Yulia Katarzyna Mirela Alina Arta Valentina'.split(
        ' ',
      ),
    syllables: 'ko va len chu ski ro mir sla bog dan vic esc ov enk'.split(' '),
  },
  afghan: {
    share: 0.05,
    surnames: (
      'Ahmadi Mohammadi Rahimi Karimi Hashimi Popal Noori Sultani Hakimi Azizi Safi Stanekzai Wardak Amiri Rasuli Sharifi ' +
      'Habibi Jalali Haidari Nazari Ahmadzai Samadi Qaderi Zazai'
    ).split(' '),
    male: (
      'Mohammad Ahmad Abdul Ali Hamid Jawad Naveed Rahim Karim Wahid Zabihullah Sayed Shafiq Habib Mustafa Farid Noorullah ' +
      'Hussain Omid Jamshid Bilal Rahmatullah'
    ).split(' '),
    female:
      'Fatima Zahra Maryam Shabnam Parwana Nazanin Marzia Zainab Sakina Nargis Fereshta Mahbooba Laila Soraya'.split(
        ' ',
      ),
    syllables: 'ah mad zai ha kim nur gul sha rif wa dak sam'.split(' '),
  },
};

/**
 * Spelling variants used to corrupt the data. Some overlap the engine's dictionary, many do not, so
 * the measure does not reward the dictionary alone.
 */
export const GENERATOR_VARIANTS: Record<string, string[]> = {
  mohamed: ['Mohammed', 'Muhammad', 'Mouhamed', 'Mohamad', 'Mahamed'],
  mohammad: ['Mohammed', 'Muhammad', 'Mohamad', 'Mohamed'],
  ahmed: ['Ahmad', 'Ahmet', 'Hmed'],
  ahmad: ['Ahmed', 'Ahmed'],
  youssef: ['Youcef', 'Yusuf', 'Youssouf', 'Yousef'],
  abdelkader: ['Abdelkadir', 'Abdel Kader', 'Abdulkadir'],
  said: ['Saïd', 'Sayed', 'Saeed'],
  omar: ['Oumar', 'Umar'],
  ousmane: ['Usman', 'Osman', 'Housmane'],
  ibrahima: ['Ibrahim', 'Ibrahema'],
  abdoulaye: ['Abdoulay', 'Abdulaye', 'Abdullah'],
  moussa: ['Musa', 'Mousa', 'Mussa'],
  hussain: ['Hussein', 'Hossein', 'Husain'],
  mustapha: ['Mustafa', 'Moustapha', 'Mostefa'],
  fatima: ['Fatma', 'Fatimah', 'Fatema'],
  aicha: ['Aisha', 'Aïsha', 'Aycha'],
  khadija: ['Khadidja', 'Kadija', 'Khedija'],
  mariam: ['Maryam', 'Meriem', 'Mariame'],
  maryam: ['Mariam', 'Maryame', 'Meryam'],
  zainab: ['Zeinab', 'Zaynab', 'Zineb'],
  mamadou: ['Mamadu', 'Mammadou', 'Mamado'],
  amadou: ['Ahmadou', 'Amadu'],
  aminata: ['Aminatou', 'Aminatta'],
  fatoumata: ['Fatoumatta', 'Fatumata', 'Fatimata'],
  souleymane: ['Suleiman', 'Souleyman', 'Soulemane'],
  boubacar: ['Aboubacar', 'Boubakar', 'Boubacarr'],
  sergei: ['Sergey', 'Serguei', 'Serhiy'],
  dmitri: ['Dmitry', 'Dimitri', 'Dmytro'],
  yuri: ['Iouri', 'Youri', 'Yury'],
  nikolai: ['Nikolay', 'Nicolai', 'Mykola'],
  oleksandr: ['Aleksandr', 'Alexandre', 'Olexandr'],
  tatiana: ['Tatyana', 'Tetiana', 'Tatjana'],
  natalia: ['Natalya', 'Nataliya', 'Natalie'],
  yulia: ['Yuliya', 'Ioulia', 'Julia'],
  shevchenko: ['Chevtchenko', 'Shevtchenko', 'Sevcenko'],
  kuznetsov: ['Kouznetsov', 'Kuznetzov'],
  diallo: ['Dialo', 'Djallo'],
  traore: ['Traore', 'Taore', 'Traoure'],
  coulibaly: ['Koulibaly', 'Kulibali', 'Couloubaly'],
  keita: ['Keita', 'Keyta'],
  kone: ['Kone', 'Konne'],
  noori: ['Nouri', 'Nuri'],
  ahmadi: ['Ahmady', 'Ahmedi'],
  mohammadi: ['Mohamadi', 'Muhammadi'],
  hashimi: ['Hashemi', 'Hachimi'],
  haidari: ['Heidari', 'Haydari'],
  ivanov: ['Ivanoff', 'Iwanow'],
  popescu: ['Popesco'],
  wisniewski: ['Wisnievski', 'Visniewski'],
};
